//! Writes laid-out pages (`kernel::pdf::Page`, printpdf's drawing operations) as PDF bytes:
//! bko's own writer since issue 19 (ADR 0011). printpdf stays the layout vocabulary; what it
//! did on saving (parse the font again, subset it, decode every glyph outline of the subset for
//! its widths, translate and compress) was four fifths of the time of a batch of forms. Here
//! the font is parsed once per process (ttf-parser, no allocation), each document gets its own
//! subset of the glyphs it shows (`subsetter`, the subsetter typst and krilla use), widths come
//! straight from the font's metrics, and the objects are written with `pdf-writer`.
//!
//! Each font is a Type0 font with Identity-H encoding over a CIDFontType2 whose CIDs are the
//! subset's glyph IDs (CIDToGIDMap Identity), with a ToUnicode map so text extracts exactly. A
//! batch of forms may add a second font, the subset its documents share (`pdf_font`).

use anyhow::{Result, bail};
use pdf_writer::types::{CidFontType, FontFlags};
use pdf_writer::{Content, Date, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use printpdf::{Color, Op, PaintMode, TextItem};
use sha2::{Digest, Sha256};
use std::sync::Arc;

use super::pdf::{Document, PAGE_HEIGHT_MM, PAGE_WIDTH_MM, Page};
use super::pdf_font::{Font, Glyphs, Packed, SharedGlyphs, Subset, font, identity_system};

/// The names pages use for the fonts in their resources: the document's own subset and the
/// batch's shared one.
const OWN_FONT: &[u8] = b"F1";
const SHARED_FONT: &[u8] = b"F2";

/// A content stream drawing these operations.
fn content<'p>(ops: impl Iterator<Item = &'p Op>, glyphs: &mut Glyphs) -> Result<Vec<u8>> {
    let mut c = Content::with_settings(pdf_writer::Settings { pretty: false });
    let (mut size, mut current) = (10.0, None::<bool>);
    for op in ops {
        match op {
            Op::StartTextSection => {
                c.begin_text();
            }
            Op::EndTextSection => {
                c.end_text();
            }
            Op::SetFont { size: pt, .. } => {
                // Chosen when text is shown: a text may switch between the two subsets.
                size = pt.0;
                current = None;
            }
            Op::SetTextCursor { pos } => {
                c.next_line(pos.x.0, pos.y.0);
            }
            Op::ShowText { items } => {
                for item in items {
                    let TextItem::Text(text) = item else { continue };
                    for (shared, cids) in glyphs.runs(text) {
                        if current != Some(shared) {
                            c.set_font(Name(if shared { SHARED_FONT } else { OWN_FONT }), size);
                            current = Some(shared);
                        }
                        c.show(Str(&cids));
                    }
                }
            }
            Op::SetOutlineColor {
                col: Color::Greyscale(grey),
            } => {
                c.set_stroke_gray(grey.percent);
            }
            Op::SetFillColor {
                col: Color::Greyscale(grey),
            } => {
                c.set_fill_gray(grey.percent);
            }
            Op::SetOutlineThickness { pt } => {
                c.set_line_width(pt.0);
            }
            Op::DrawLine { line } => {
                let mut points = line.points.iter();
                let Some(first) = points.next() else { continue };
                c.move_to(first.p.x.0, first.p.y.0);
                for point in points {
                    c.line_to(point.p.x.0, point.p.y.0);
                }
                if line.is_closed {
                    c.close_and_stroke();
                } else {
                    c.stroke();
                }
            }
            Op::DrawRectangle { rectangle: r } => {
                c.rect(r.x.0, r.y.0, r.width.0, r.height.0);
                match r.mode {
                    Some(PaintMode::Stroke) => c.stroke(),
                    _ => c.fill_nonzero(),
                };
            }
            other => bail!("the PDF writer cannot draw {other:?}"),
        }
    }
    Ok(c.finish().to_vec())
}

/// How hard streams are deflated: libdeflate's level 1 packs a font subset within 1 % of
/// zlib's level 6 at a quarter of the time (measured in docs/performance.md), and the font
/// subsets are most of every file.
const LEVEL: i32 = 1;

/// Deflated bytes (a zlib stream), or the bytes as they are when deflating would not shrink
/// them.
pub(super) fn deflate(bytes: &[u8]) -> (Vec<u8>, bool) {
    thread_local! {
        // A compressor holds ~half a megabyte of tables: one per thread, not one per stream.
        static COMPRESSOR: std::cell::RefCell<Option<libdeflater::Compressor>> =
            const { std::cell::RefCell::new(None) };
    }
    COMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        let compressor = match slot.as_mut() {
            Some(c) => c,
            None => match libdeflater::CompressionLvl::new(LEVEL) {
                Ok(level) => slot.insert(libdeflater::Compressor::new(level)),
                Err(_) => return (bytes.to_vec(), false),
            },
        };
        let mut out = vec![0; compressor.zlib_compress_bound(bytes.len())];
        match compressor.zlib_compress(bytes, &mut out) {
            Ok(len) if len + 19 < bytes.len() => {
                out.truncate(len);
                (out, true)
            }
            _ => (bytes.to_vec(), false),
        }
    })
}

/// Writes a stream object, deflated when that makes it smaller.
fn stream(pdf: &mut Pdf, id: Ref, bytes: &[u8]) {
    packed_stream(pdf, id, &Packed::of(bytes));
}

/// Writes a stream object from bytes deflated (or not) before.
fn packed_stream<'a>(pdf: &'a mut Pdf, id: Ref, packed: &'a Packed) -> pdf_writer::Stream<'a> {
    let mut s = pdf.stream(id, &packed.bytes);
    if packed.deflated {
        s.filter(Filter::FlateDecode);
    }
    s
}

/// Object numbers handed out in order.
struct Ids(i32);

impl Ids {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// What a batch of forms writes once and embeds as is in each of its PDFs: the subset of the
/// glyphs they share, and the content stream of each printed form they are drawn on.
pub(super) struct Batch {
    shared: SharedGlyphs,
    forms: Vec<(Arc<Page>, Packed)>,
}

impl Batch {
    /// The batch's shared parts (none for fewer than two documents: nothing to share).
    pub(super) fn of(docs: &[Document]) -> Result<Option<Batch>> {
        let mut forms: Vec<&Arc<Page>> = Vec::new();
        for form in docs.iter().filter_map(|d| d.background.as_ref()) {
            if !forms.iter().any(|known| Arc::ptr_eq(known, form)) {
                forms.push(form);
            }
        }
        let pages: Vec<&Page> = forms.iter().map(|form| form.as_ref()).collect();
        let Some(shared) = super::pdf_font::shared_glyphs(docs, &pages)? else {
            return Ok(None);
        };
        let font = font()?;
        let forms = forms
            .into_iter()
            .map(|form| {
                let mut glyphs = Glyphs::new(font, Some(&shared));
                let mut bytes = b"q\n".to_vec();
                bytes.extend(content(form.ops().iter(), &mut glyphs)?);
                bytes.extend(b"\nQ\n");
                // Every character of a form is in the shared subset (`shared_glyphs`).
                if glyphs.any_own() {
                    bail!("a printed form shows a glyph its batch does not share");
                }
                Ok((Arc::clone(form), Packed::of(&bytes)))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(Batch { shared, forms }))
    }

    /// The written content stream of a document's printed form, when the batch has it.
    fn form_of(&self, d: &Document) -> Option<&Packed> {
        let background = d.background.as_ref()?;
        self.forms
            .iter()
            .find(|(form, _)| Arc::ptr_eq(form, background))
            .map(|(_, packed)| packed)
    }
}

/// Renders one document, with what its batch shares when given. Deterministic: the ID and the
/// subset tag derive from the title and key (and the shared subset's from its characters), the
/// dates are the document's own.
pub(super) fn write(d: &Document, batch: Option<&Batch>) -> Result<Vec<u8>> {
    let font = font()?;
    let shared = batch.map(|b| &b.shared);
    let form = batch.and_then(|b| b.form_of(d));
    let mut glyphs = Glyphs::new(font, shared);
    // A printed form the batch has not written is drawn first into each page's own stream.
    let inline_form = match form {
        Some(_) => None,
        None => d.background.as_deref(),
    };
    let contents = d
        .pages
        .iter()
        .map(|page| {
            let under = inline_form.map(Page::ops).unwrap_or_default();
            content(under.iter().chain(page.ops()), &mut glyphs)
        })
        .collect::<Result<Vec<_>>>()?;
    let id = Sha256::digest(format!("bko\x1f{}\x1f{}", d.title, d.key).as_bytes());
    let mut ids = Ids(0);
    let (catalog, tree, own, common) = (ids.next(), ids.next(), ids.next(), ids.next());
    let form_id = form.map(|_| ids.next());
    let mut pdf = Pdf::with_settings(pdf_writer::Settings { pretty: false });
    pdf.catalog(catalog).pages(tree);
    let pages: Vec<(Ref, Ref)> = contents.iter().map(|_| (ids.next(), ids.next())).collect();
    pdf.pages(tree)
        .kids(pages.iter().map(|(page, _)| *page))
        .count(i32::try_from(pages.len())?);
    let media = Rect::new(0.0, 0.0, mm_to_pt(PAGE_WIDTH_MM), mm_to_pt(PAGE_HEIGHT_MM));
    let own_subset = if glyphs.needs_own() {
        Some(glyphs.cut_own(&subset_tag(&id))?)
    } else {
        None
    };
    for ((page, content_id), bytes) in pages.iter().zip(&contents) {
        let mut p = pdf.page(*page);
        p.parent(tree).media_box(media);
        match form_id {
            Some(form_id) => p.contents_array([form_id, *content_id]),
            None => p.contents(*content_id),
        };
        let mut resources = p.resources();
        let mut fonts = resources.fonts();
        if own_subset.is_some() {
            fonts.pair(Name(OWN_FONT), own);
        }
        if shared.is_some() {
            fonts.pair(Name(SHARED_FONT), common);
        }
        fonts.finish();
        resources.finish();
        p.finish();
        stream(&mut pdf, *content_id, bytes);
    }
    if let (Some(form_id), Some(form)) = (form_id, form) {
        packed_stream(&mut pdf, form_id, form);
    }
    if let Some(subset) = &own_subset {
        write_font(&mut pdf, &mut ids, own, font, subset)?;
    }
    if let Some(shared) = shared {
        write_font(&mut pdf, &mut ids, common, font, &shared.subset)?;
    }
    write_info(&mut pdf, ids.next(), d);
    let file_id = super::audit::hex(&id[..16]).into_bytes();
    pdf.set_file_id((file_id.clone(), file_id));
    Ok(pdf.finish())
}

fn mm_to_pt(mm: f32) -> f32 {
    mm * 72.0 / 25.4
}

/// The subset tag the PDF specification requires before a subset font's name (six capital
/// letters, ISO 32000-1 9.6.4), from the document's ID.
pub(super) fn subset_tag(id: &[u8]) -> String {
    id[..6].iter().map(|b| char::from(b'A' + b % 26)).collect()
}

/// The Type0 font, its CIDFontType2, descriptor, subset program and ToUnicode map.
fn write_font(
    pdf: &mut Pdf,
    ids: &mut Ids,
    type0: Ref,
    font: &Font,
    subset: &Subset,
) -> Result<()> {
    let (cid_font, descriptor, program, to_unicode) =
        (ids.next(), ids.next(), ids.next(), ids.next());
    let name = Name(subset.name.as_bytes());
    pdf.type0_font(type0)
        .base_font(name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2)
        .base_font(name)
        .system_info(identity_system())
        .font_descriptor(descriptor)
        .default_width(DEFAULT_WIDTH);
    // Only the widths that differ from the default: Japanese glyphs are a full em wide, so
    // the array lists the Latin letters, digits and punctuation (a few hundred bytes less).
    let mut widths = cid.widths();
    for (start, run) in runs_of_other_widths(&subset.used, DEFAULT_WIDTH) {
        widths.consecutive(start, run);
    }
    widths.finish();
    cid.cid_to_gid_map_predefined(Name(b"Identity"));
    cid.finish();
    let [x0, y0, x1, y1] = font.bbox;
    pdf.font_descriptor(descriptor)
        .name(name)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(x0, y0, x1, y1))
        .italic_angle(0.0)
        .ascent(font.ascent)
        .descent(font.descent)
        .cap_height(font.cap_height)
        .stem_v(88.0)
        .font_file2(program);
    packed_stream(pdf, program, &subset.program)
        .pair(Name(b"Length1"), i32::try_from(subset.program_length)?);
    packed_stream(pdf, to_unicode, &subset.to_unicode);
    Ok(())
}

/// The width most glyphs of a Japanese font have (one em), written once as the default.
const DEFAULT_WIDTH: f32 = 1000.0;

/// Runs of consecutive CIDs whose (rounded) width is not `default`: (first CID, widths).
fn runs_of_other_widths(used: &[(char, f32)], default: f32) -> Vec<(u16, Vec<f32>)> {
    let mut runs: Vec<(u16, Vec<f32>)> = Vec::new();
    for (cid, (_, width)) in used.iter().enumerate() {
        let (Ok(cid), width) = (u16::try_from(cid), width.round()) else {
            break;
        };
        if width == default {
            continue;
        }
        match runs.last_mut() {
            Some((start, run)) if usize::from(*start) + run.len() == usize::from(cid) => {
                run.push(width);
            }
            _ => runs.push((cid, vec![width])),
        }
    }
    runs
}

/// The document information: title, producer, and the document's own date as its creation
/// and modification date (none leaves them out).
fn write_info(pdf: &mut Pdf, id: Ref, d: &Document) {
    use chrono::Datelike;
    let mut info = pdf.document_info(id);
    info.title(TextStr(&d.title))
        .producer(TextStr("bko"))
        .creator(TextStr("bko"));
    if let Some(date) = d.date
        && let (Ok(year), Ok(month), Ok(day)) = (
            u16::try_from(date.year()),
            u8::try_from(date.month()),
            u8::try_from(date.day()),
        )
    {
        let stamp = Date::new(year).month(month).day(day);
        info.creation_date(stamp).modified_date(stamp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_widths_other_than_the_default_are_listed_in_runs() {
        let used = [
            ('\0', 1000.0),
            ('1', 572.0),
            ('2', 572.4),
            ('請', 1000.0),
            (',', 250.0),
            ('求', 999.6),
        ];
        assert_eq!(
            runs_of_other_widths(&used, 1000.0),
            [(1, vec![572.0, 572.0]), (4, vec![250.0])]
        );
    }
}
