//! The `bko` binary: parse arguments, run, turn the outcome into an exit code.

fn main() {
    if let Err(err) = bko::cli::check_argument_lengths(std::env::args_os()) {
        bko::kernel::ui::print_error(&err);
        std::process::exit(bko::kernel::error::EXIT_USAGE);
    }
    if bko::cli::asks_only_for_the_version(std::env::args_os()) {
        bko::kernel::ui::print_version();
        std::process::exit(bko::kernel::error::EXIT_OK);
    }
    let cli = bko::cli::parse();
    bko::kernel::db_close::leave_clean_connections_to_exit();
    let code = match bko::cli::run(cli) {
        Ok(()) => 0,
        Err(err) => {
            let code = bko::kernel::error::exit_code(&err);
            if code != bko::kernel::error::EXIT_OK {
                bko::kernel::ui::print_error(&err);
            }
            code
        }
    };
    std::process::exit(code);
}

/// The C math functions bko's dependencies call (`log` in SQLite's full-text ranking, `log2`,
/// `log2f` and `pow` in the compressor, font and progress-bar crates), defined in the binary so
/// that it does not load glibc's libm.so at start: every shared library loaded costs each command
/// a share of its start (with the static unwinder, build.rs: an empty report ~1 ms faster,
/// docs/performance.md, ADR 0012). The `libm` crate is the Rust project's port of the same
/// routines glibc uses for these four (ARM's optimized-routines); no money is computed in floats.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod c_math {
    #[unsafe(no_mangle)]
    pub extern "C" fn log(x: f64) -> f64 {
        libm::log(x)
    }

    #[unsafe(no_mangle)]
    pub extern "C" fn log2(x: f64) -> f64 {
        libm::log2(x)
    }

    #[unsafe(no_mangle)]
    pub extern "C" fn log2f(x: f32) -> f32 {
        libm::log2f(x)
    }

    #[unsafe(no_mangle)]
    pub extern "C" fn pow(x: f64, y: f64) -> f64 {
        libm::pow(x, y)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Exact cases (IEEE 754 and C99 Annex F require these results).
        #[test]
        fn the_math_functions_give_the_exact_results_c_requires() {
            assert_eq!(log(1.0), 0.0);
            assert_eq!(log(std::f64::consts::E), 1.0);
            assert_eq!(log2(1024.0), 10.0);
            assert_eq!(log2f(0.125), -3.0);
            assert_eq!(pow(2.0, 10.0), 1024.0);
            assert_eq!(pow(10.0, -2.0), 0.01);
            assert_eq!(pow(0.0, 0.0), 1.0);
            assert!(log(-1.0).is_nan());
            assert_eq!(log(0.0), f64::NEG_INFINITY);
        }
    }
}
