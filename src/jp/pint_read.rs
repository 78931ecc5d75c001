//! Reading JP PINT XML: a small element tree (quick-xml), the rules of JP PINT 1.1.3 that make a
//! valid qualified invoice checked by their official ids, and the [`Document`] a received invoice
//! stands for. The checks cover what a receiver's books depend on — identifiers, the seller's
//! registration number, the parties, every sum, and each rate's tax within the rounding bounds —
//! not the whole Schematron (the official runner is `shared/tools/validate-jp-pint`). Pure.

use anyhow::{Result, bail};
use chrono::NaiveDate;
use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::Event;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::pint::{Category, Document, Line, Party, Payment, Subtotal};

/// An XML element: its local name (prefix dropped), attributes, text and children.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Local name (`ID` for `cbc:ID`).
    pub name: String,
    /// Attributes by local name.
    pub attributes: Vec<(String, String)>,
    /// The text directly inside.
    pub text: String,
    /// Child elements in order.
    pub children: Vec<Element>,
}

impl Element {
    /// The first child with this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child with this local name.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The element at a path of child names.
    pub fn at(&self, path: &[&str]) -> Option<&Element> {
        path.iter().try_fold(self, |e, name| e.child(name))
    }

    /// The trimmed text at a path, if present and not empty.
    pub fn text_at(&self, path: &[&str]) -> Option<String> {
        self.at(path)
            .map(|e| e.text.trim().to_string())
            .filter(|t| !t.is_empty())
    }

    /// An attribute's value.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &str) -> String {
    match name.rsplit_once(':') {
        Some((_, local)) => local.to_string(),
        None => name.to_string(),
    }
}

/// Parses XML into its root element; malformed XML is an error naming the byte where.
pub fn parse(xml: &str) -> Result<Element> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().trim_text(true);
    let mut stack: Vec<Element> = Vec::new();
    let mut root = None;
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| anyhow::anyhow!("malformed XML at byte {at}: {e}"))?;
        match event {
            Event::Start(ref start) | Event::Empty(ref start) if root.is_none() => {
                let mut element = Element {
                    name: local(start.name().as_ref()),
                    ..Default::default()
                };
                for attribute in start.attributes().flatten() {
                    let value = attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .map_err(|e| anyhow::anyhow!("malformed XML at byte {at}: {e}"))?;
                    element
                        .attributes
                        .push((local(attribute.key.as_ref()), value.into_owned()));
                }
                if matches!(event, Event::Empty(_)) {
                    close(&mut stack, &mut root, element);
                } else {
                    stack.push(element);
                }
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&t.xml_content(XmlVersion::Implicit1_0));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(top) = stack.last_mut() {
                    let character = r
                        .resolve_char_ref()
                        .map_err(|e| anyhow::anyhow!("malformed XML at byte {at}: {e}"))?;
                    match character {
                        Some(c) => top.text.push(c),
                        None => {
                            let name = r.into_inner();
                            let text = quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or_else(|| {
                                    anyhow::anyhow!("unknown entity &{name}; at byte {at}")
                                })?;
                            top.text.push_str(text);
                        }
                    }
                }
            }
            Event::CData(c) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&c.into_inner());
                }
            }
            Event::End(_) => {
                let element = stack.pop().expect("the reader checks nesting");
                close(&mut stack, &mut root, element);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    root.ok_or_else(|| anyhow::anyhow!("no XML element in the file"))
}

fn close(stack: &mut [Element], root: &mut Option<Element>, element: Element) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(element),
        None => *root = Some(element),
    }
}

/// A broken rule: its JP PINT id and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The rule id as the official rules name it (`ibr-co-15`, `aligned-ibr-jp-01`), or bko's
    /// own for a warning beyond them (`bko-registration-check-digit`).
    pub rule: &'static str,
    /// What is wrong, with the values found.
    pub message: String,
    /// Whether the document is invalid (false: a warning).
    pub fatal: bool,
}

/// bko's warning for a T-number of the right shape whose check digit is wrong: the official
/// rules check only the shape (their own examples use T1234567890123).
pub const CHECK_DIGIT_WARNING: &str = "bko-registration-check-digit";

/// Whether the root is a UBL invoice or credit note at all (anything else is not checked).
pub fn is_ubl(root: &Element) -> bool {
    matches!(root.name.as_str(), "Invoice" | "CreditNote")
}

/// Checks the rules that make a valid JP PINT qualified invoice.
pub fn validate(root: &Element) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut fail = |rule: &'static str, message: String| {
        out.push(Failure {
            fatal: rule != CHECK_DIGIT_WARNING,
            rule,
            message,
        })
    };
    check_identifiers(root, &mut fail);
    check_parties(root, &mut fail);
    check_lines(root, &mut fail);
    check_totals(root, &mut fail);
    out
}

type Fail<'a> = dyn FnMut(&'static str, String) + 'a;

fn check_identifiers(root: &Element, fail: &mut Fail<'_>) {
    let customization = root.text_at(&["CustomizationID"]).unwrap_or_default();
    if customization.is_empty() {
        fail(
            "ibr-001",
            "no specification identifier (CustomizationID)".into(),
        );
    } else if !(customization.starts_with(super::pint::CUSTOMIZATION_ID)
        || customization.starts_with("urn:fdc:peppol:jp:billing:3.0"))
    {
        fail(
            "aligned-ibrp-001-jp",
            format!(
                "CustomizationID '{customization}' is not JP PINT ({})",
                super::pint::CUSTOMIZATION_ID
            ),
        );
    }
    match root.text_at(&["ProfileID"]) {
        None => fail("ibr-076", "no business process (ProfileID)".into()),
        Some(p)
            if p != super::pint::PROFILE_ID
                && p != "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0" =>
        {
            fail(
                "aligned-ibrp-002-jp",
                format!("ProfileID '{p}' is not the Peppol billing process"),
            )
        }
        Some(_) => {}
    }
    if root.text_at(&["ID"]).is_none() {
        fail("ibr-002", "no invoice number (ID)".into());
    }
    match root.text_at(&["IssueDate"]) {
        None => fail("ibr-003", "no issue date".into()),
        Some(d) if book_date(&d).is_none() => {
            fail("ibr-003", format!("issue date '{d}' is not YYYY-MM-DD"))
        }
        Some(_) => {}
    }
    // The other dates are optional, but one given must be read, never dropped: UBL's date type.
    for path in OPTIONAL_DATES {
        match root.text_at(path) {
            Some(d) if book_date(&d).is_none() => fail(
                "ubl-date",
                format!("{} '{d}' is not YYYY-MM-DD", path.join("/")),
            ),
            _ => {}
        }
    }
    let (tag, expected) = if root.name == "CreditNote" {
        ("CreditNoteTypeCode", "381")
    } else {
        ("InvoiceTypeCode", "380")
    };
    match root.text_at(&[tag]) {
        None => fail("ibr-004", format!("no document type code ({tag})")),
        Some(code) if root.name == "Invoice" && code != expected => fail(
            "aligned-ibrp-cl-02-jp",
            format!("the document type code is {code}; a Japanese invoice is 380"),
        ),
        Some(_) => {}
    }
    if root.text_at(&["DocumentCurrencyCode"]).is_none() {
        fail("ibr-005", "no invoice currency code".into());
    }
    let has_period = root.child("InvoicePeriod").is_some()
        || line_elements(root).any(|l| l.child("InvoicePeriod").is_some());
    if !has_period {
        fail(
            "aligned-ibrp-052",
            "no invoice period (取引年月日) on the invoice or its lines".into(),
        );
    }
}

fn check_parties(root: &Element, fail: &mut Fail<'_>) {
    let seller = root.at(&["AccountingSupplierParty", "Party"]);
    let buyer = root.at(&["AccountingCustomerParty", "Party"]);
    let name =
        |p: Option<&Element>| p.and_then(|p| p.text_at(&["PartyLegalEntity", "RegistrationName"]));
    if name(seller).is_none() {
        fail("ibr-006", "no seller name".into());
    }
    if name(buyer).is_none() {
        fail("ibr-007", "no buyer name".into());
    }
    if endpoint(seller).is_none() {
        fail(
            "ibr-081",
            "no seller electronic address (EndpointID)".into(),
        );
    }
    if endpoint(buyer).is_none() {
        fail("ibr-080", "no buyer electronic address (EndpointID)".into());
    }
    for (p, rule, who) in [(seller, "ibr-008", "seller"), (buyer, "ibr-010", "buyer")] {
        if p.and_then(|p| p.text_at(&["PostalAddress", "Country", "IdentificationCode"]))
            .is_none()
        {
            fail(rule, format!("no {who} postal address with a country code"));
        }
    }
    match seller.and_then(|p| p.text_at(&["PartyTaxScheme", "CompanyID"])) {
        None => fail(
            "aligned-ibr-jp-04",
            "no seller tax identifier: a qualified invoice carries the registration number (登録番号)".into(),
        ),
        Some(number) => {
            let shape = number.len() == 14
                && number.starts_with('T')
                && number[1..].chars().all(|c| c.is_ascii_digit());
            if !shape {
                fail(
                    "aligned-ibr-jp-01",
                    format!("'{number}' is not a registration number (T + 13 digits)"),
                );
            } else if let Err(e) = crate::jp::registration_number::normalize(&number) {
                fail(CHECK_DIGIT_WARNING, format!("{e:#}"));
            }
        }
    }
}

fn endpoint(party: Option<&Element>) -> Option<String> {
    party.and_then(|p| p.text_at(&["EndpointID"]))
}

fn line_elements(root: &Element) -> impl Iterator<Item = &Element> {
    root.children
        .iter()
        .filter(|c| c.name == "InvoiceLine" || c.name == "CreditNoteLine")
}

fn check_lines(root: &Element, fail: &mut Fail<'_>) {
    if line_elements(root).next().is_none() {
        fail("ibr-016", "no invoice line".into());
    }
    for (index, line) in line_elements(root).enumerate() {
        let n = index + 1;
        if line.text_at(&["ID"]).is_none() {
            fail("ibr-021", format!("line {n} has no identifier"));
        }
        let quantity = line
            .child("InvoicedQuantity")
            .or_else(|| line.child("CreditedQuantity"));
        match quantity {
            None => fail("ibr-022", format!("line {n} has no quantity")),
            Some(q) if q.attribute("unitCode").is_none() => {
                fail("ibr-023", format!("line {n} has no unit of measure code"))
            }
            Some(_) => {}
        }
        if amount_at(line, &["LineExtensionAmount"]).is_none() {
            fail("ibr-024", format!("line {n} has no net amount"));
        }
        if line.text_at(&["Item", "Name"]).is_none() {
            fail("ibr-025", format!("line {n} has no item name"));
        }
        match line.text_at(&["Item", "ClassifiedTaxCategory", "ID"]) {
            None => fail(
                "aligned-ibrp-050-jp",
                format!("line {n} has no tax category"),
            ),
            Some(code) if Category::parse(&code).is_none() => fail(
                "aligned-ibrp-cl-01-jp",
                format!("line {n}: '{code}' is not a Japanese tax category (S, AA, E, G, O)"),
            ),
            Some(_) => {}
        }
    }
}

/// An amount at a path, as a decimal.
fn amount_at(e: &Element, path: &[&str]) -> Option<Decimal> {
    e.text_at(path).and_then(|t| t.parse().ok())
}

fn check_totals(root: &Element, fail: &mut Fail<'_>) {
    let money = |path: &[&str]| amount_at(root, path);
    let lines: Decimal = line_elements(root)
        .filter_map(|l| amount_at(l, &["LineExtensionAmount"]))
        .sum();
    let total = ["LegalMonetaryTotal"];
    let get = |name: &str| money(&[total[0], name]);
    let (line_total, exclusive, inclusive, payable) = (
        get("LineExtensionAmount"),
        get("TaxExclusiveAmount"),
        get("TaxInclusiveAmount"),
        get("PayableAmount"),
    );
    for (value, rule, what) in [
        (line_total, "ibr-012", "sum of line net amounts"),
        (exclusive, "ibr-013", "total without tax"),
        (inclusive, "ibr-014", "total with tax"),
        (payable, "ibr-015", "amount due"),
    ] {
        if value.is_none() {
            fail(rule, format!("no {what}"));
        }
    }
    let zero = Decimal::ZERO;
    let allowances = get("AllowanceTotalAmount").unwrap_or(zero);
    let charges = get("ChargeTotalAmount").unwrap_or(zero);
    let prepaid = get("PrepaidAmount").unwrap_or(zero);
    let rounding = get("PayableRoundingAmount").unwrap_or(zero);
    let tax_total = document_tax_total(root)
        .and_then(|t| amount_at(t, &["TaxAmount"]))
        .unwrap_or(zero);
    if let Some(v) = line_total.filter(|v| *v != lines) {
        fail(
            "ibr-co-10",
            format!("sum of line net amounts is {v}, the lines add up to {lines}"),
        );
    }
    if let Some(v) = exclusive.filter(|v| *v != lines - allowances + charges) {
        fail(
            "ibr-co-13",
            format!(
                "total without tax is {v}, expected {}",
                lines - allowances + charges
            ),
        );
    }
    if let (Some(inc), Some(exc)) = (inclusive, exclusive) {
        if inc != exc + tax_total {
            fail(
                "ibr-co-15",
                format!(
                    "total with tax is {inc}, but {exc} + tax {tax_total} = {}",
                    exc + tax_total
                ),
            );
        }
        if let Some(p) = payable.filter(|p| *p != inc - prepaid + rounding) {
            fail(
                "ibr-co-16",
                format!("amount due is {p}, expected {}", inc - prepaid + rounding),
            );
        }
    }
    check_subtotals(root, tax_total, fail);
}

/// The tax total in the document currency (a second one may give the tax in the tax
/// accounting currency, JPY, for an invoice in another currency).
fn document_tax_total(root: &Element) -> Option<&Element> {
    let currency = root.text_at(&["DocumentCurrencyCode"]).unwrap_or_default();
    let all: Vec<&Element> = root.all("TaxTotal").collect();
    all.iter()
        .find(|t| {
            t.child("TaxAmount")
                .and_then(|a| a.attribute("currencyID"))
                .is_some_and(|c| c == currency)
        })
        .or(all.first())
        .copied()
}

fn check_subtotals(root: &Element, tax_total: Decimal, fail: &mut Fail<'_>) {
    let subtotals: Vec<&Element> = document_tax_total(root)
        .map(|t| t.all("TaxSubtotal").collect())
        .unwrap_or_default();
    let sum: Decimal = subtotals
        .iter()
        .filter_map(|s| amount_at(s, &["TaxAmount"]))
        .sum();
    if sum != tax_total {
        fail(
            "ibr-co-14",
            format!("total tax is {tax_total}, the subtotals add up to {sum}"),
        );
    }
    for s in subtotals {
        let code = s.text_at(&["TaxCategory", "ID"]).unwrap_or_default();
        let Some(category) = Category::parse(&code) else {
            fail(
                "aligned-ibrp-cl-01-jp",
                format!("'{code}' is not a Japanese tax category"),
            );
            continue;
        };
        let (Some(taxable), Some(tax)) = (
            amount_at(s, &["TaxableAmount"]),
            amount_at(s, &["TaxAmount"]),
        ) else {
            fail(
                "aligned-ibrp-045",
                format!("the {code} subtotal lacks its taxable or tax amount"),
            );
            continue;
        };
        if s.text_at(&["TaxAmount"]).is_some_and(|t| t.contains('.')) {
            fail(
                "aligned-ibr-jp-06",
                format!("the {code} tax amount {tax} has decimals"),
            );
        }
        let percent = amount_at(s, &["TaxCategory", "Percent"]);
        match category {
            Category::S | Category::AA => {
                let rate = percent.unwrap_or(Decimal::ZERO);
                let exact = taxable * rate / Decimal::ONE_HUNDRED;
                if tax < exact.floor() || tax > exact.ceil() {
                    fail(
                        "aligned-ibrp-051-jp",
                        format!(
                            "{code} {rate}%: tax {tax} on {taxable} is outside {}–{}",
                            exact.floor(),
                            exact.ceil()
                        ),
                    );
                }
            }
            Category::E | Category::G | Category::O if tax != Decimal::ZERO => fail(
                match category {
                    Category::E => "aligned-ibrp-e-09",
                    Category::G => "aligned-ibrp-g-09",
                    _ => "aligned-ibrp-o-09",
                },
                format!("the {code} subtotal carries tax {tax}; it must be 0"),
            ),
            _ => {}
        }
    }
}

/// The document a valid JP PINT XML stands for (what a received bill is made of). Refuses a file
/// that is not a UBL invoice, or one that breaks a rule (all broken rules listed).
pub fn read(root: &Element) -> Result<Document> {
    if !is_ubl(root) {
        bail!(
            "not a UBL invoice or credit note (the root element is <{}>)",
            root.name
        );
    }
    let failures: Vec<Failure> = validate(root).into_iter().filter(|f| f.fatal).collect();
    if !failures.is_empty() {
        let list: Vec<String> = failures
            .iter()
            .map(|f| format!("  [{}] {}", f.rule, f.message))
            .collect();
        bail!(
            "the invoice breaks {} JP PINT rule(s):\n{}",
            failures.len(),
            list.join("\n")
        );
    }
    let date =
        |path: &[&str]| -> Option<NaiveDate> { root.text_at(path).and_then(|t| book_date(&t)) };
    let issue_date = date(&["IssueDate"]).expect("validated");
    let lines = line_elements(root)
        .map(read_line)
        .collect::<Result<Vec<_>>>()?;
    let subtotals = document_tax_total(root)
        .into_iter()
        .flat_map(|t| t.all("TaxSubtotal"))
        .map(|s| Subtotal {
            category: Category::parse(&s.text_at(&["TaxCategory", "ID"]).unwrap_or_default())
                .expect("validated"),
            percent: amount_at(s, &["TaxCategory", "Percent"]),
            taxable: whole(amount_at(s, &["TaxableAmount"]).unwrap_or_default()),
            tax: whole(amount_at(s, &["TaxAmount"]).unwrap_or_default()),
        })
        .collect();
    Ok(Document {
        credit_note: root.name == "CreditNote",
        number: root.text_at(&["ID"]).expect("validated"),
        issue_date,
        due_date: date(&["DueDate"]).or_else(|| date(&["PaymentMeans", "PaymentDueDate"])),
        period: (
            date(&["InvoicePeriod", "StartDate"]).unwrap_or(issue_date),
            date(&["InvoicePeriod", "EndDate"]).unwrap_or(issue_date),
        ),
        note: root.text_at(&["Note"]),
        currency: root.text_at(&["DocumentCurrencyCode"]).expect("validated"),
        billing_reference: root.text_at(&["BillingReference", "InvoiceDocumentReference", "ID"]),
        seller: read_party(root.at(&["AccountingSupplierParty", "Party"])),
        buyer: read_party(root.at(&["AccountingCustomerParty", "Party"])),
        lines,
        subtotals,
        payment_terms: root.text_at(&["PaymentTerms", "Note"]),
        payment: root
            .at(&["PaymentMeans", "PayeeFinancialAccount"])
            .map(|a| Payment {
                account: a.text_at(&["ID"]).unwrap_or_default(),
                holder: a.text_at(&["Name"]),
            }),
    })
}

/// A decimal amount as whole minor units (JPY amounts have no decimals; a line's fraction is
/// refused by `read_line` before this).
fn whole(value: Decimal) -> i64 {
    value.trunc().to_i64().unwrap_or(0)
}

fn read_party(p: Option<&Element>) -> Party {
    let Some(p) = p else {
        return Party::default();
    };
    Party {
        endpoint: p.child("EndpointID").map(|e| {
            let scheme = e.attribute("schemeID").unwrap_or_default().to_string();
            (scheme, e.text.trim().to_string())
        }),
        name: p
            .text_at(&["PartyLegalEntity", "RegistrationName"])
            .unwrap_or_default(),
        registration_number: p.text_at(&["PartyTaxScheme", "CompanyID"]),
        postal_code: p.text_at(&["PostalAddress", "PostalZone"]),
        address: p.text_at(&["PostalAddress", "StreetName"]),
    }
}

fn read_line(l: &Element) -> Result<Line> {
    let quantity_element = l
        .child("InvoicedQuantity")
        .or_else(|| l.child("CreditedQuantity"));
    let net = amount_at(l, &["LineExtensionAmount"]).unwrap_or_default();
    if net.fract() != Decimal::ZERO {
        bail!(
            "line {}: net amount {net} is not whole yen",
            l.text_at(&["ID"]).unwrap_or_default()
        );
    }
    let code = l
        .text_at(&["Item", "ClassifiedTaxCategory", "ID"])
        .unwrap_or_default();
    Ok(Line {
        id: l.text_at(&["ID"]).unwrap_or_default(),
        name: l.text_at(&["Item", "Name"]).unwrap_or_default(),
        quantity: quantity_element
            .and_then(|q| q.text.trim().parse().ok())
            .unwrap_or(Decimal::ONE),
        unit_code: quantity_element
            .and_then(|q| q.attribute("unitCode"))
            .unwrap_or("C62")
            .to_string(),
        net_amount: whole(net),
        price: amount_at(l, &["Price", "PriceAmount"]).unwrap_or(net),
        category: Category::parse(&code).expect("validated"),
        percent: amount_at(l, &["Item", "ClassifiedTaxCategory", "Percent"]),
    })
}

/// The dates an invoice may carry besides its issue date.
const OPTIONAL_DATES: [&[&str]; 4] = [
    &["DueDate"],
    &["PaymentMeans", "PaymentDueDate"],
    &["InvoicePeriod", "StartDate"],
    &["InvoicePeriod", "EndDate"],
];

/// A UBL date (`YYYY-MM-DD`) with a year the books may have.
fn book_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .and_then(|date| crate::kernel::period::in_book_years(date, text).ok())
}
