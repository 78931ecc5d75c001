//! Page layout primitives for every PDF bko writes (invoices, credit notes, later payslips and
//! reports): A4 pages, text placed in millimetres from the top-left, right-aligned amounts, rules
//! and shaded boxes, with the bundled Noto Sans JP embedded as a subset. Output is deterministic:
//! the same document gives the same bytes (the document's own date as its creation date, a font
//! subset tag and an ID derived from the document key). Must not compute amounts.

use anyhow::{Result, anyhow};
use std::sync::Arc;

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem,
};

/// A4 width in millimetres.
pub const PAGE_WIDTH_MM: f32 = 210.0;
/// A4 height in millimetres.
pub const PAGE_HEIGHT_MM: f32 = 297.0;

/// The font resource name the writer gives the bundled font.
const FONT_KEY: &str = "F1";

/// The width of a text in millimetres at a font size in points, from the font's advances.
pub fn text_width_mm(text: &str, size_pt: f32) -> f32 {
    let Ok(font) = super::pdf_font::font() else {
        return 0.0;
    };
    font.text_ems(text) * size_pt * 25.4 / 72.0
}

/// Breaks a text into lines no wider than `width_mm` at `size_pt`: at the last space when the
/// line has one in its second half (English), else between any two characters (Japanese has no
/// spaces). Explicit line breaks are kept. Never returns an empty list for a non-empty text.
pub fn wrap(text: &str, width_mm: f32, size_pt: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        // The line's width so far: each character is measured once, not the line again.
        let mut width = 0.0;
        for c in paragraph.chars() {
            let advance = text_width_mm(c.encode_utf8(&mut [0; 4]), size_pt);
            if width + advance <= width_mm || line.is_empty() {
                line.push(c);
                width += advance;
                continue;
            }
            let half = line.len() / 2;
            let (head, tail) = match line.rfind(' ') {
                Some(space) if space >= half => {
                    (line[..space].to_string(), line[space + 1..].to_string())
                }
                _ => (std::mem::take(&mut line), String::new()),
            };
            lines.push(head);
            line = tail;
            line.push(c);
            width = text_width_mm(&line, size_pt);
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The font size at which a text fits `width_mm`: `size_pt`, or smaller down to `min_pt` (a
/// long amount in a narrow column shrinks instead of running into its neighbour).
pub fn fitting_size(text: &str, width_mm: f32, size_pt: f32, min_pt: f32) -> f32 {
    let width = text_width_mm(text, size_pt);
    if width <= width_mm || width <= 0.0 {
        size_pt
    } else {
        (size_pt * width_mm / width).max(min_pt)
    }
}

/// One page being laid out; y is measured from the top edge.
#[derive(Default)]
pub struct Page {
    ops: Vec<Op>,
}

fn point(x_mm: f32, y_from_top_mm: f32) -> Point {
    Point {
        x: Pt::from(Mm(x_mm)),
        y: Pt::from(Mm(PAGE_HEIGHT_MM - y_from_top_mm)),
    }
}

impl Page {
    /// Text with its baseline at (x, y).
    pub fn text(&mut self, x_mm: f32, y_mm: f32, size_pt: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(FontId(FONT_KEY.to_string())),
                size: Pt(size_pt),
            },
            Op::SetTextCursor {
                pos: point(x_mm, y_mm),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Text wrapped into lines `leading_mm` apart within `width_mm`, the first baseline at y;
    /// returns the number of lines.
    pub fn text_wrapped(
        &mut self,
        x_mm: f32,
        y_mm: f32,
        width_mm: f32,
        size_pt: f32,
        leading_mm: f32,
        text: &str,
    ) -> usize {
        let lines = wrap(text, width_mm, size_pt);
        for (i, line) in lines.iter().enumerate() {
            self.text(x_mm, y_mm + i as f32 * leading_mm, size_pt, line);
        }
        lines.len()
    }

    /// Text whose right edge is at x, shrunk (down to 6 pt) to fit `width_mm`.
    pub fn text_right_fit(
        &mut self,
        right_mm: f32,
        y_mm: f32,
        width_mm: f32,
        size_pt: f32,
        text: &str,
    ) {
        let size = fitting_size(text, width_mm, size_pt, 6.0);
        self.text_right(right_mm, y_mm, size, text);
    }

    /// Text whose right edge is at x.
    pub fn text_right(&mut self, right_mm: f32, y_mm: f32, size_pt: f32, text: &str) {
        let width = text_width_mm(text, size_pt);
        self.text(right_mm - width, y_mm, size_pt, text);
    }

    /// Text centred on x.
    pub fn text_center(&mut self, center_mm: f32, y_mm: f32, size_pt: f32, text: &str) {
        let width = text_width_mm(text, size_pt);
        self.text(center_mm - width / 2.0, y_mm, size_pt, text);
    }

    /// A straight rule.
    pub fn line(&mut self, x1_mm: f32, y1_mm: f32, x2_mm: f32, y2_mm: f32, thickness_pt: f32) {
        self.stroke(&[(x1_mm, y1_mm), (x2_mm, y2_mm)], false, thickness_pt);
    }

    /// The outline of a box with its top-left corner at (x, y), drawn as one closed path (one
    /// operation instead of four rules: forms with many cells stay small and fast).
    pub fn rect(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, thickness_pt: f32) {
        let corners = [
            (x_mm, y_mm),
            (x_mm + width_mm, y_mm),
            (x_mm + width_mm, y_mm + height_mm),
            (x_mm, y_mm + height_mm),
        ];
        self.stroke(&corners, true, thickness_pt);
    }

    /// A black path through points (in mm from the top-left), closed or not.
    fn stroke(&mut self, points: &[(f32, f32)], closed: bool, thickness_pt: f32) {
        self.ops.extend([
            Op::SetOutlineColor {
                col: Color::Greyscale(Greyscale {
                    percent: 0.0,
                    icc_profile: None,
                }),
            },
            Op::SetOutlineThickness {
                pt: Pt(thickness_pt),
            },
            Op::DrawLine {
                line: Line {
                    points: points
                        .iter()
                        .map(|(x, y)| LinePoint {
                            p: point(*x, *y),
                            bezier: false,
                        })
                        .collect(),
                    is_closed: closed,
                },
            },
        ]);
    }

    /// A filled grey box (0 = black, 1 = white) with its top-left corner at (x, y).
    pub fn shade(&mut self, x_mm: f32, y_mm: f32, width_mm: f32, height_mm: f32, grey: f32) {
        let bottom_left = point(x_mm, y_mm + height_mm);
        self.ops.extend([
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale {
                    percent: grey,
                    icc_profile: None,
                }),
            },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: bottom_left.x,
                    y: bottom_left.y,
                    width: Pt::from(Mm(width_mm)),
                    height: Pt::from(Mm(height_mm)),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
            Op::SetFillColor {
                col: Color::Greyscale(Greyscale {
                    percent: 0.0,
                    icc_profile: None,
                }),
            },
        ]);
    }
}

impl Page {
    /// The drawing operations, in order (for the writer).
    pub(super) fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// Every text shown on the page (to know which glyphs a batch needs).
    pub(super) fn texts(&self) -> impl Iterator<Item = &str> {
        self.ops.iter().flat_map(|op| match op {
            Op::ShowText { items } => items
                .iter()
                .filter_map(|i| match i {
                    TextItem::Text(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }
}

/// One document to render: its title, a key that seeds its ID (e.g. its number), its pages.
pub struct Document {
    /// Title (PDF metadata).
    pub title: String,
    /// Key for the deterministic document ID.
    pub key: String,
    /// The document's own date (an invoice's issue date), written as its creation date; none
    /// leaves the dates out.
    pub date: Option<chrono::NaiveDate>,
    /// The laid-out pages.
    pub pages: Vec<Page>,
    /// The printed form under every page — rules, labels, the payer's name: what a batch of
    /// forms has in common. Documents of a batch that hold the same form (the same `Arc`) get
    /// its content stream written once for the batch and embedded as is, beside their own
    /// (ADR 0011); a document rendered alone has it drawn into its own stream.
    pub background: Option<Arc<Page>>,
}

impl Document {
    /// The text the document shows, page by page, a line per text drawn: what the archive
    /// indexes for search without reading the rendered PDF back.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let background = self.background.iter().flat_map(|form| form.texts());
        for text in background.chain(self.pages.iter().flat_map(Page::texts)) {
            out.push_str(text);
            out.push('\n');
        }
        out
    }
}

/// Renders documents into PDF bytes (in order), spread over the machine's cores. The output of
/// each depends only on its content.
pub fn render_all(docs: Vec<Document>) -> Result<Vec<Vec<u8>>> {
    parallel_map(&docs, |d| super::pdf_write::write(d, None))
}

/// `render_all` for a batch of forms whose printed labels are the same in every document
/// (payslips, 源泉徴収票): the glyphs all of them show are subset and deflated once and embedded
/// as they are in each PDF, beside a small subset of each document's own, and so is the content
/// stream of each printed form (`Document::background`) the batch holds (ADR 0011). A
/// document's bytes then depend on its batch (it looks the same rendered alone); invoices,
/// which go to customers and have a size target, use `render_all`.
pub fn render_forms(docs: Vec<Document>) -> Result<Vec<Vec<u8>>> {
    let batch = super::pdf_write::Batch::of(&docs)?;
    parallel_map(&docs, |d| super::pdf_write::write(d, batch.as_ref()))
}

/// `f` over `items`, in order, spread over the machine's cores (up to 8) in contiguous chunks:
/// laying out and rendering a batch of forms. The first error wins.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R> + Sync,
) -> Result<Vec<R>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = items.len().div_ceil(threads).max(1);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Result<Vec<_>>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for handle in handles {
            out.extend(
                handle
                    .join()
                    .map_err(|_| anyhow!("a PDF worker thread panicked"))??,
            );
        }
        Ok(out)
    })
}

/// Renders one document.
pub fn render(
    title: &str,
    key: &str,
    date: Option<chrono::NaiveDate>,
    pages: Vec<Page>,
) -> Result<Vec<u8>> {
    let doc = Document {
        title: title.to_string(),
        key: key.to_string(),
        date,
        pages,
        background: None,
    };
    render_all(vec![doc])?
        .pop()
        .ok_or_else(|| anyhow!("nothing rendered"))
}

/// Writes a file bko owns (an invoice's own PDF, the demo's outputs): private and atomic,
/// replacing an earlier rendering of the same document.
pub fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    crate::kernel::files::write_file(path, bytes, crate::kernel::files::Existing::Replace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_their_width_and_keep_every_character() {
        let cases = [
            (
                "株式会社ロングネーム東京本社営業部第一課".repeat(6),
                80.0,
                10.0,
            ),
            (
                "Maintenance and support of the accounting system ".repeat(3),
                60.0,
                9.5,
            ),
            ("短い".to_string(), 80.0, 10.0),
            ("一行目\n二行目".to_string(), 80.0, 10.0),
        ];
        for (text, width, size) in cases {
            let lines = wrap(&text, width, size);
            for line in &lines {
                assert!(
                    text_width_mm(line, size) <= width,
                    "{line:?} is wider than {width}"
                );
            }
            let kept: String = lines
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let given: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            assert_eq!(kept, given);
        }
        assert_eq!(wrap("一行目\n二行目", 80.0, 10.0), ["一行目", "二行目"]);
    }

    fn text_of(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).expect("a readable PDF");
        doc.extract_text(&[1]).expect("text")
    }

    fn on_form(form: &Arc<Page>, name: &str) -> Document {
        let mut fill = Page::default();
        fill.text(20.0, 30.0, 9.0, name);
        Document {
            title: name.to_string(),
            key: name.to_string(),
            date: None,
            pages: vec![fill],
            background: Some(Arc::clone(form)),
        }
    }

    #[test]
    fn a_batch_writes_its_printed_form_once_and_each_document_shows_it_under_its_own_values() {
        let mut form = Page::default();
        form.rect(15.0, 20.0, 100.0, 15.0, 0.4);
        form.text(16.0, 23.0, 6.0, "支払金額 (円)");
        let form = Arc::new(form);
        let names = ["山田 太郎", "佐藤 花子", "Ōno"];
        let docs = names.iter().map(|n| on_form(&form, n)).collect();
        let batch = render_forms(docs).expect("rendered");
        let alone = render_all(vec![on_form(&form, names[0])]).expect("rendered");
        for (pdf, name) in batch.iter().zip(names) {
            let text = text_of(pdf);
            assert!(text.contains("支払金額 (円)"), "{text}");
            assert!(text.contains(name), "{text}");
            let doc = lopdf::Document::load_mem(pdf).expect("PDF");
            let page = *doc.get_pages().values().next().expect("a page");
            assert_eq!(doc.get_page_contents(page).len(), 2, "form and values");
        }
        // Drawn into its own stream when rendered alone: the same text.
        assert_eq!(text_of(&alone[0]).trim(), text_of(&batch[0]).trim());
        let doc = lopdf::Document::load_mem(&alone[0]).expect("PDF");
        let page = *doc.get_pages().values().next().expect("a page");
        assert_eq!(doc.get_page_contents(page).len(), 1);
    }

    #[test]
    fn long_amounts_shrink_to_their_column() {
        let size = fitting_size("9,999,999,999,999", 20.0, 9.5, 6.0);
        assert!((6.0..9.5).contains(&size));
        assert!(text_width_mm("9,999,999,999,999", size) <= 20.01);
        assert_eq!(fitting_size("100", 20.0, 9.5, 6.0), 9.5);
    }
}
