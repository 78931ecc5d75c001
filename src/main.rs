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
