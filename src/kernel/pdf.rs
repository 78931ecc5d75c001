//! Page layout primitives for every PDF bko writes (invoices, credit notes, later payslips and
//! reports): A4 pages, text placed in millimetres from the top-left, right-aligned amounts, rules
//! and shaded boxes, with the bundled Noto Sans JP embedded as a subset. Output is deterministic:
//! the same document gives the same bytes (the document's own date as its creation date, a font
//! subset tag and an ID derived from the document key). Must not compute amounts.

use std::sync::OnceLock;

use anyhow::{Result, anyhow};
use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};
use sha2::{Digest, Sha256};

/// Noto Sans JP Regular (SIL OFL 1.1, assets/fonts/OFL.txt).
const FONT_BYTES: &[u8] = include_bytes!("../../assets/fonts/NotoSansJP-Regular.ttf");

/// A4 width in millimetres.
pub const PAGE_WIDTH_MM: f32 = 210.0;
/// A4 height in millimetres.
pub const PAGE_HEIGHT_MM: f32 = 297.0;

const FONT_KEY: &str = "F1";

fn font() -> Result<&'static ParsedFont> {
    static FONT: OnceLock<Option<ParsedFont>> = OnceLock::new();
    FONT.get_or_init(|| ParsedFont::from_bytes(FONT_BYTES, 0, &mut Vec::new()))
        .as_ref()
        .ok_or_else(|| anyhow!("the bundled font could not be read"))
}

/// The width of a text in millimetres at a font size in points. Advances are looked up once per
/// character and cached: decoding a glyph only for its width is what layout would otherwise
/// spend its time on.
pub fn text_width_mm(text: &str, size_pt: f32) -> f32 {
    static ADVANCES: OnceLock<std::sync::Mutex<std::collections::HashMap<char, f32>>> =
        OnceLock::new();
    let Ok(font) = font() else { return 0.0 };
    let units = f32::from(font.font_metrics.units_per_em.max(1));
    let cache = ADVANCES.get_or_init(Default::default);
    let mut cache = cache
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let advance: f32 = text
        .chars()
        .map(|c| {
            *cache.entry(c).or_insert_with(|| {
                font.lookup_glyph_index(c as u32)
                    .and_then(|gid| font.get_or_decode_glyph(gid))
                    .map_or(units / 2.0, |g| f32::from(g.horz_advance))
            })
        })
        .sum();
    advance / units * size_pt * 25.4 / 72.0
}

/// Breaks a text into lines no wider than `width_mm` at `size_pt`: at the last space when the
/// line has one in its second half (English), else between any two characters (Japanese has no
/// spaces). Explicit line breaks are kept. Never returns an empty list for a non-empty text.
pub fn wrap(text: &str, width_mm: f32, size_pt: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for c in paragraph.chars() {
            line.push(c);
            if text_width_mm(&line, size_pt) <= width_mm || line.chars().count() == 1 {
                continue;
            }
            line.pop();
            let half = line.len() / 2;
            let (head, tail) = match line.rfind(' ') {
                Some(space) if space >= half => {
                    (line[..space].to_string(), line[space + 1..].to_string())
                }
                _ => (line.clone(), String::new()),
            };
            lines.push(head);
            line = tail;
            line.push(c);
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
    /// Every text shown on the page (to know which glyphs a batch needs).
    fn texts(&self) -> impl Iterator<Item = &str> {
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
}

impl Document {
    /// The text the document shows, page by page, a line per text drawn: what the archive
    /// indexes for search without reading the rendered PDF back.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for text in self.pages.iter().flat_map(Page::texts) {
            out.push_str(text);
            out.push('\n');
        }
        out
    }
}

/// The bundled font cut down to the characters of a batch of documents. printpdf subsets the
/// font again for each PDF; doing it on a few hundred glyphs instead of the ~17,000 of Noto
/// Sans JP is what makes a monthly batch fast (docs/performance.md). TrueType (glyf) only,
/// which the bundled font is.
fn batch_font(docs: &[Document]) -> Result<ParsedFont> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};
    let full = font()?;
    // Each distinct character is looked up once: a cmap lookup in the full font costs far more
    // than a set insert, and a batch repeats the same few hundred characters thousands of times.
    let mut chars: std::collections::HashSet<char> = std::collections::HashSet::new();
    for doc in docs {
        for text in doc.pages.iter().flat_map(Page::texts) {
            chars.extend(text.chars());
        }
    }
    let glyphs: std::collections::BTreeSet<u16> = chars
        .into_iter()
        .filter_map(|c| full.lookup_glyph_index(c as u32))
        .collect();
    // Glyph 0 (.notdef) first, then the used glyphs in order, no duplicates (allsorts' rules).
    let ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.into_iter().filter(|g| *g != 0))
        .collect();
    let scope = ReadScope::new(FONT_BYTES);
    let file = scope
        .read::<FontData<'_>>()
        .map_err(|e| anyhow!("bundled font: {e:#}"))?;
    let provider = file
        .table_provider(0)
        .map_err(|e| anyhow!("bundled font: {e:#}"))?;
    let bytes = subset(
        &provider,
        &ids,
        &SubsetProfile::Minimal,
        CmapTarget::Unrestricted,
    )
    .map_err(|e| anyhow!("subsetting the bundled font: {e:#}"))?;
    ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
        .ok_or_else(|| anyhow!("the font subset could not be read"))
}

/// Renders documents into PDF bytes (in order), spread over the machine's cores. The output of
/// each depends only on its content.
pub fn render_all(docs: Vec<Document>) -> Result<Vec<Vec<u8>>> {
    render_batch(docs, flate2::Compression::new(3))
}

/// `render_all` deflating at the fastest level: for the thousands of forms of a payroll batch
/// (payslips, 源泉徴収票), which go to the staff rather than to customers and have no size
/// target; ~7 % larger files, the batch ~20 % faster (docs/performance.md).
pub fn render_all_fast(docs: Vec<Document>) -> Result<Vec<Vec<u8>>> {
    render_batch(docs, flate2::Compression::fast())
}

fn render_batch(docs: Vec<Document>, level: flate2::Compression) -> Result<Vec<Vec<u8>>> {
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    let font = batch_font(&docs)?;
    parallel_map(&docs, |d| render_one(&font, d, level))
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
    };
    render_all(vec![doc])?
        .pop()
        .ok_or_else(|| anyhow!("nothing rendered"))
}

fn render_one(font: &ParsedFont, d: &Document, level: flate2::Compression) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&d.title);
    doc.metadata.info.producer = "bko".to_string();
    doc.metadata.info.creator = "bko".to_string();
    doc.resources
        .fonts
        .map
        .insert(FontId(FONT_KEY.to_string()), PdfFont::new(font.clone()));
    let pages = d
        .pages
        .iter()
        .map(|p| PdfPage::new(Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM), p.ops.clone()))
        .collect();
    doc.with_pages(pages);
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..Default::default()
    };
    let mut lo = doc.to_lopdf_document(&options, &mut Vec::new());
    let id = Sha256::digest(format!("bko\x1f{}\x1f{}", d.title, d.key).as_bytes());
    fix_metadata(&mut lo, d.date);
    tag_font_subsets(&mut lo, &id);
    compress_streams(&mut lo, level);
    let id_bytes = crate::kernel::audit::hex(&id[..16]).into_bytes();
    lo.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id_bytes.clone(), lopdf::StringFormat::Literal),
            lopdf::Object::String(id_bytes, lopdf::StringFormat::Literal),
        ]),
    );
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)?;
    Ok(bytes)
}

/// Deflates every stream not yet compressed (zlib level 3, or 1 for payroll batches). lopdf's own `compress` uses the
/// best (level 9), which took a third of the time of a batch of forms (the profile in
/// docs/performance.md); level 3 deflates the font subsets about twice as fast as the default
/// for files ~1 % larger (level 1: ~7 % larger, an invoice past 30 KB). A stream that would not
/// shrink is left as it is.
fn compress_streams(lo: &mut lopdf::Document, level: flate2::Compression) {
    use std::io::Write;
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), level);
        let compressed = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish());
        if let Ok(bytes) = compressed
            && bytes.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(bytes);
        }
    }
}

/// Sets what printpdf leaves wrong in the document information: the creation and modification
/// dates become the document's own date (instead of 1970-01-01), and the empty `GTS_PDFXVersion`
/// (which makes viewers claim PDF/X conformance) and other empty entries go.
fn fix_metadata(lo: &mut lopdf::Document, date: Option<chrono::NaiveDate>) {
    let Ok(info) = lo
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    else {
        return;
    };
    let Ok(dict) = lo.get_object_mut(info).and_then(lopdf::Object::as_dict_mut) else {
        return;
    };
    let empty: Vec<Vec<u8>> = dict
        .iter()
        .filter(|(_, v)| matches!(v, lopdf::Object::String(s, _) if s.is_empty()))
        .map(|(k, _)| k.clone())
        .collect();
    for key in empty {
        dict.remove(&key);
    }
    dict.remove(b"GTS_PDFXVersion");
    match date {
        Some(date) => {
            let stamp = format!("D:{}", date.format("%Y%m%d")).into_bytes();
            for key in ["CreationDate", "ModDate"] {
                dict.set(
                    key,
                    lopdf::Object::String(stamp.clone(), lopdf::StringFormat::Literal),
                );
            }
        }
        None => {
            dict.remove(b"CreationDate");
            dict.remove(b"ModDate");
        }
    }
}

/// Gives the embedded font subset the tag the PDF specification requires (six capital letters
/// and a plus sign before the font name, ISO 32000-1 9.6.4), derived from the document's ID so
/// the output stays deterministic. printpdf writes the resource name there instead.
fn tag_font_subsets(lo: &mut lopdf::Document, id: &[u8]) {
    let tag: String = id[..6].iter().map(|b| char::from(b'A' + b % 26)).collect();
    let prefix = format!("{FONT_KEY}+");
    for object in lo.objects.values_mut() {
        retag(object, prefix.as_bytes(), tag.as_bytes());
    }
}

/// Replaces `prefix` by `tag+` in every font name of an object, nested dictionaries included.
fn retag(object: &mut lopdf::Object, prefix: &[u8], tag: &[u8]) {
    match object {
        lopdf::Object::Dictionary(dict) => {
            for (key, value) in dict.iter_mut() {
                if let lopdf::Object::Name(name) = value
                    && (key == b"BaseFont" || key == b"FontName")
                    && let Some(rest) = name.strip_prefix(prefix)
                {
                    *name = [tag, b"+", rest].concat();
                } else {
                    retag(value, prefix, tag);
                }
            }
        }
        lopdf::Object::Array(items) => {
            for item in items {
                retag(item, prefix, tag);
            }
        }
        lopdf::Object::Stream(stream) => {
            for (_, value) in stream.dict.iter_mut() {
                retag(value, prefix, tag);
            }
        }
        _ => {}
    }
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

    #[test]
    fn long_amounts_shrink_to_their_column() {
        let size = fitting_size("9,999,999,999,999", 20.0, 9.5, 6.0);
        assert!((6.0..9.5).contains(&size));
        assert!(text_width_mm("9,999,999,999,999", size) <= 20.01);
        assert_eq!(fitting_size("100", 20.0, 9.5, 6.0), 9.5);
    }
}
