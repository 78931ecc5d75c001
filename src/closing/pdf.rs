//! The 月次報告書 / 年次報告書 PDF: a cover with the key figures, then each statement of the pack
//! as a table (A4 portrait, paginated), on top of `kernel::pdf`.

use anyhow::Result;

use super::pack::Section;
use crate::kernel::output::{Cell, Lang, Report};
use crate::kernel::pdf::{PAGE_WIDTH_MM, Page, render, text_width_mm, wrap};

const LEFT: f32 = 15.0;
const RIGHT: f32 = PAGE_WIDTH_MM - 15.0;
const BOTTOM: f32 = 280.0;
const SIZE: f32 = 7.5;
const ROW: f32 = 4.6;

struct Cursor {
    pages: Vec<Page>,
    y: f32,
}

impl Cursor {
    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a page")
    }

    fn room(&mut self, height: f32) {
        if self.y + height > BOTTOM {
            self.pages.push(Page::default());
            self.y = 20.0;
        }
    }
}

/// The visible columns of a section: (index, header).
fn columns(section: &Section, lang: Lang) -> Vec<(usize, String)> {
    section
        .report
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            !c.machine_only
                && (section.pdf_columns.is_empty() || section.pdf_columns.contains(&c.key.as_str()))
        })
        .map(|(i, c)| (i, lang.pick(&c.ja, &c.en).to_string()))
        .collect()
}

fn table(cursor: &mut Cursor, section: &Section, lang: Lang) {
    let report: &Report = &section.report;
    let cols = columns(section, lang);
    let rows: Vec<&Vec<Cell>> = report.rows.iter().chain(report.totals.iter()).collect();
    let text = |cell: &Cell| cell.display(&report.currency);
    // Widths: the widest text of each column, scaled to the page.
    let mut widths: Vec<f32> = cols.iter().map(|(_, h)| text_width_mm(h, SIZE)).collect();
    for row in &rows {
        for (w, (i, _)) in widths.iter_mut().zip(&cols) {
            let t = row.get(*i).map(text).unwrap_or_default();
            *w = w.max(text_width_mm(&t, SIZE).min(70.0));
        }
    }
    let total: f32 = widths.iter().map(|w| w + 3.0).sum();
    let scale = ((RIGHT - LEFT) / total).min(1.0);
    let size = SIZE * scale.max(0.6);
    let xs: Vec<f32> = widths
        .iter()
        .scan(LEFT, |x, w| {
            let start = *x;
            *x += (w + 3.0) * scale;
            Some(start)
        })
        .collect();
    cursor.room(ROW * 3.0);
    let title = lang.pick(section.title.0, section.title.1).to_string();
    let y = cursor.y;
    cursor.page().text(LEFT, y, 11.0, &title);
    cursor.y += ROW * 1.5;
    let header = |cursor: &mut Cursor| {
        let y = cursor.y;
        cursor.page().shade(LEFT, y - 3.4, RIGHT - LEFT, ROW, 0.9);
        for ((_, h), x) in cols.iter().zip(&xs) {
            cursor.page().text(*x + 1.0, y, size, h);
        }
        cursor.y += ROW;
    };
    header(cursor);
    for row in rows {
        // Text wider than its column wraps inside it; the row grows to its longest cell.
        let cells: Vec<Vec<String>> = cols
            .iter()
            .zip(&widths)
            .map(|((i, _), w)| match row.get(*i) {
                Some(cell) if !cell.is_number() => wrap(&text(cell), w * scale + 1.5, size),
                Some(cell) => vec![text(cell)],
                None => Vec::new(),
            })
            .collect();
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = ROW * lines as f32;
        if cursor.y + height > BOTTOM {
            cursor.room(height + ROW);
            header(cursor);
        }
        let y = cursor.y;
        for ((((i, _), x), w), cell_lines) in cols.iter().zip(&xs).zip(&widths).zip(&cells) {
            let Some(cell) = row.get(*i) else { continue };
            for (n, t) in cell_lines.iter().enumerate() {
                let line_y = y + n as f32 * ROW;
                if cell.is_number() {
                    cursor
                        .page()
                        .text_right(*x + (w + 2.0) * scale, line_y, size, t);
                } else {
                    cursor.page().text(*x + 1.0, line_y, size, t);
                }
            }
        }
        let last = y + height - ROW;
        cursor.page().line(LEFT, last + 1.2, RIGHT, last + 1.2, 0.2);
        cursor.y += height;
    }
    cursor.y += ROW;
}

/// Renders the report: a title, the company, the period, then every section.
pub fn report(
    title: &str,
    company: &str,
    period: &str,
    sections: &[Section],
    lang: Lang,
) -> Result<Vec<u8>> {
    let mut cursor = Cursor {
        pages: vec![Page::default()],
        y: 25.0,
    };
    cursor
        .page()
        .text_center(PAGE_WIDTH_MM / 2.0, 25.0, 16.0, title);
    cursor.page().text_center(
        PAGE_WIDTH_MM / 2.0,
        33.0,
        10.0,
        &format!("{company}  {period}"),
    );
    cursor.y = 45.0;
    for section in sections {
        table(&mut cursor, section, lang);
    }
    render(title, &format!("{title}-{period}"), None, cursor.pages)
}
