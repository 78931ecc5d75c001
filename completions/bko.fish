# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bko_global_optspecs
    string join \n db= format= lang= o/output= force encoding= sheet= skip-rows= y/yes q/quiet h/help V/version
end

function __fish_bko_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bko_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bko_using_subcommand
    set -l cmd (__fish_bko_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bko -n "__fish_bko_needs_command" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_needs_command" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_needs_command" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_needs_command" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_needs_command" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_needs_command" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_needs_command" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_needs_command" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_needs_command" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_needs_command" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_needs_command" -s V -l version -d 'Print version'
complete -c bko -n "__fish_bko_needs_command" -f -a "init" -d 'Create a company database'
complete -c bko -n "__fish_bko_needs_command" -f -a "company" -d 'Show or change the company profile and settings'
complete -c bko -n "__fish_bko_needs_command" -f -a "ledger" -d 'Double-entry books: accounts, journal, reports'
complete -c bko -n "__fish_bko_needs_command" -f -a "invoice" -d 'Customers, qualified invoices (適格請求書) as PDF, payments, credit notes, aging'
complete -c bko -n "__fish_bko_needs_command" -f -a "people" -d 'Employees (shared by attendance and payroll)'
complete -c bko -n "__fish_bko_needs_command" -f -a "attendance" -d 'Timecards, hours under 労働基準法, 36協定 checks, paid leave, closing a month'
complete -c bko -n "__fish_bko_needs_command" -f -a "payroll" -d 'Monthly payroll: social insurance, withholding tax, payslips, Zengin file'
complete -c bko -n "__fish_bko_needs_command" -f -a "bank" -d 'Bank and card statements: import, matching to invoices and pay-outs, rules, reconciliation (出納確認), cash counts'
complete -c bko -n "__fish_bko_needs_command" -f -a "payables" -d 'Suppliers and bills received: input tax, withholding on fees, due and aging, 取適法'
complete -c bko -n "__fish_bko_needs_command" -f -a "expenses" -d 'Expense claims (経費精算): receipts, approval, advances, repayment with pay or at once'
complete -c bko -n "__fish_bko_needs_command" -f -a "inventory" -d 'Goods and supplies: movements, exact valuation (moving average, FIFO), stock reports'
complete -c bko -n "__fish_bko_needs_command" -f -a "docs" -d 'Document archive (電子帳簿保存法): store, search, version, retain'
complete -c bko -n "__fish_bko_needs_command" -f -a "close" -d 'Close a month: check everything, then lock the books (exit 4 when an item fails)'
complete -c bko -n "__fish_bko_needs_command" -f -a "report" -d 'Report packs: a month\'s or a year\'s statements as CSV and PDF'
complete -c bko -n "__fish_bko_needs_command" -f -a "check" -d 'Verify the database: integrity, balanced entries, trial balance, audit chain'
complete -c bko -n "__fish_bko_needs_command" -f -a "backup" -d 'Copy the database safely while it is in use'
complete -c bko -n "__fish_bko_needs_command" -f -a "audit" -d 'Show the audit log of write commands'
complete -c bko -n "__fish_bko_needs_command" -f -a "demo" -d 'Create a demo company with a month of books and show its reports'
complete -c bko -n "__fish_bko_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bko -n "__fish_bko_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c bko -n "__fish_bko_needs_command" -f -a "help" -d 'Show help for a command, or a topic: `bko help exit-codes`'
complete -c bko -n "__fish_bko_using_subcommand init" -l company -d 'Company name (会社名)' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l registration-number -d 'Qualified invoice issuer registration number: T + 13 digits' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l fiscal-year-start -d 'First month of the fiscal year (1-12)' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l currency -d 'Book currency (ISO 4217)' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l chart -d 'Starting chart of accounts' -r -f -a "jp-standard\t'About 90 accounts Japanese small companies use (弥生/freee defaults), with English names'
empty\t'No accounts: add or import your own'"
complete -c bko -n "__fish_bko_using_subcommand init" -l locale -d 'Language of reports and documents' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand init" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand init" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand init" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand init" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand init" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand init" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand init" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand init" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand init" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -f -a "show" -d 'Show the company profile and settings'
complete -c bko -n "__fish_bko_using_subcommand company; and not __fish_seen_subcommand_from show set" -f -a "set" -d 'Change a setting: `bko company set address "東京都千代田区..."`'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand company; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "accounts" -d 'The chart of accounts: list, add, rename, archive, import'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "post" -d 'Post a journal entry'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "reverse" -d 'Post the mirror entry of a posted one (posted entries are never edited)'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "lock" -d 'Lock the books through a date: nothing dated on or before it can be posted'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "unlock" -d 'Move the lock back (recorded in the audit log)'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "year-end" -d 'Close a fiscal year whose months are all closed: move P&L balances to retained earnings'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "import" -d 'Import journal entries from CSV (all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "export" -d 'Export the journal as CSV: bko\'s own, 弥生, or マネーフォワード'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "journal" -d 'List journal entries with their lines'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "account" -d 'One account\'s general ledger with opening and running balance'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "trial-balance" -d 'Trial balance: opening, debit, credit and closing per account'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "pl" -d 'Profit and loss statement (損益計算書) in the Japanese layout'
complete -c bko -n "__fish_bko_using_subcommand ledger; and not __fish_seen_subcommand_from accounts post reverse lock unlock year-end import export journal account trial-balance pl bs" -f -a "bs" -d 'Balance sheet (貸借対照表) by section'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'List the accounts'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -f -a "add" -d 'Add an account'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -f -a "rename" -d 'Rename an account; its history follows it'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -f -a "archive" -d 'Archive an account: it keeps its history but takes no new postings'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from accounts" -f -a "import" -d 'Add accounts from CSV: code,name,name_en,type,section,tax_category (all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l date -d 'Transaction date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l memo -d 'What happened (摘要)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l debit -d 'A debit line ACCOUNT=AMOUNT (repeat for several); the account by code or name' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l credit -d 'A credit line ACCOUNT=AMOUNT (repeat for several)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l tax -d 'Tax category for the revenue and expense lines (default: each account\'s own)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l ref -d 'An outside reference (voucher or invoice number)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l date -d 'Date of the reversal (default: today; not before the original)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l memo -d 'Memo (default: 取消 + the original memo)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from reverse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l through -d 'The last locked date (inclusive)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l to -d 'The new last locked date, or `none`' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l reason -d 'Why (kept in the audit log)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -l force -d 'Required: unlocking reopens periods that were closed'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l fiscal-year -d 'The fiscal year (the calendar year it starts in)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from year-end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding of the file' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l as -d 'The file\'s format: bko\'s journal CSV, or the accountant\'s entries from 弥生, MF or freee (accounts matched by name; bko\'s own entries sent back are recognised and left out)' -r -f -a "native\t'bko\'s journal CSV (UTF-8), which `bko ledger import` reads back'
yayoi\t'弥生インポート形式: 25 columns, no header, CP932, CRLF'
mf\t'マネーフォワード クラウド会計 仕訳帳 CSV (UTF-8)'
freee\t'freee会計 仕訳帳 import CSV (UTF-8)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l dry-run -d 'Validate and show what would be posted; change nothing'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l allow-duplicates -d 'Import entries again even if the same rows were imported before'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l skip-duplicates -d 'Leave out entries imported before and import the rest'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l from -d 'First date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l to -d 'Last date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l as -d 'The format' -r -f -a "native\t'bko\'s journal CSV (UTF-8), which `bko ledger import` reads back'
yayoi\t'弥生インポート形式: 25 columns, no header, CP932, CRLF'
mf\t'マネーフォワード クラウド会計 仕訳帳 CSV (UTF-8)'
freee\t'freee会計 仕訳帳 import CSV (UTF-8)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to this file instead of stdout' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l from -d 'First date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l to -d 'Last date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l account -d 'Only entries touching this account' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l search -d 'Only entries whose memo, description or reference contains this text' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from journal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l from -d 'First date (default: start of the current fiscal year)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l to -d 'Last date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from account" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l as-of -d 'Balances as of this date, movements from its fiscal year start' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l from -d 'First date of the movements' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l to -d 'Last date of the movements' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from trial-balance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l from -d 'First date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l to -d 'Last date' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l monthly -d 'One column per month'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from pl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l as-of -d 'The date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand ledger; and __fish_seen_subcommand_from bs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "customers" -d 'Customers: add, list, show, set, import'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "items" -d 'The optional item catalogue: add, list, import'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "issue" -d 'Issue an invoice (or many from CSV), post it to the ledger and write its PDF'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "pay" -d 'Record a payment (partial, with a bank fee deducted, or more than was due)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "void" -d 'Void an unpaid invoice: its entry is reversed, its number stays used'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "credit" -d 'Issue a credit note (適格返還請求書) against an invoice'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "list" -d 'List invoices and credit notes with their status'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "show" -d 'Show one invoice with its lines and per-rate totals'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "aging" -d 'Open receivables per customer by days past due'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "statement" -d 'A customer\'s statement: invoices, payments, credit notes and balance'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "export" -d 'Export invoices and their lines as CSV'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "validate" -d 'Check JP PINT (Peppol) e-invoice XML: each broken rule by its JP PINT id (exit 4)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "pdf" -d 'Render the PDF of an issued invoice or credit note again'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "receipt" -d 'Write the receipt (領収書) of a recorded payment: amount, tax per rate, T-number; on paper with the 収入印紙 it needs. Again: a copy marked 再発行'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "delivery-note" -d 'Write the delivery note (納品書) of an issued invoice, with or without prices'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "recurring" -d 'Recurring invoices: the same bill every month, issued once per month by `run`'
complete -c bko -n "__fish_bko_using_subcommand invoice; and not __fish_seen_subcommand_from customers items issue pay void credit list show aging statement export validate pdf receipt delivery-note recurring quote" -f -a "quote" -d 'Quotes (見積書): add, list, show, pdf, accept (issues the invoice), decline'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "add" -d 'Add a customer'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "list" -d 'List customers'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "show" -d 'Show one customer'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "set" -d 'Change one field: name, kana, honorific, department, contact, postal_code, address, email, registration_number, payment_terms, tax_pricing'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "alias" -d 'Payer names a customer\'s transfers arrive under (learned by `bko bank` matching too)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from customers" -f -a "import" -d 'Add customers from CSV (code,name,honorific,department,contact,postal_code,address,email, registration_number,payment_terms,tax_pricing,kana), all or nothing'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -f -a "add" -d 'Add an item'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -f -a "list" -d 'List items'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from items" -f -a "import" -d 'Add items from CSV (code,name,unit,unit_price,tax_rate), all or nothing'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l customer -d 'Customer code' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l date -d 'Invoice date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l due -d 'Due date (default: from the customer\'s payment terms)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l subject -d 'Subject (件名)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l line -d 'A line NAME;QTY;UNIT_PRICE;RATE[;UNIT] (rate 10, 8 reduced, 0); repeat for more' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l item -d 'A catalogue item CODE:QTY; repeat for more' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l note -d 'Note (備考)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l pricing -d 'Override the customer\'s pricing: exclusive (税抜) or inclusive (税込)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l draft-id -d 'Issue an existing draft' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l from-csv -d 'Issue many invoices from CSV: invoice_key,customer,date,due,subject,item,quantity, unit_price,tax_rate,note (rows sharing invoice_key form one invoice). All or nothing' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l encoding -d 'Text encoding of --from-csv' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l like -d 'Start from an issued invoice: its customer, subject, note, lines and pricing (flags given win)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l delivery -d 'Bill delivery notes made on their own (DN-…; repeat): their lines, one customer; the notes are linked to the invoice' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l pdf-dir -d 'Directory for PDFs (default: invoices/ next to the database)' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l draft -d 'Save as a draft without a number or a journal entry'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l not-qualified -d 'Issue without the registration number (not a qualified invoice)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l next-month -d 'With --like: move the subject\'s month words one month on (5月分 → 6月分)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l no-pdf -d 'Do not write PDFs'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l amount -d 'Amount received' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l date -d 'Date received (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l account -d 'Account it arrived in (default: the invoice_bank_account setting, 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l fee -d 'Bank fee the customer deducted (tax included), booked as 支払手数料' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l date -d 'Date of the reversing entry (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l reason -d 'Why' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from void" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l line -d 'Lines returned NAME;QTY;UNIT_PRICE;RATE (default: every line of the invoice)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l date -d 'Date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l reason -d 'Why (返品, 値引, ...)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l pdf-dir -d 'Directory for PDFs (default: invoices/ next to the database)' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l no-pdf -d 'Do not write PDFs'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l status -d 'Only this status: draft, issued, partially_paid, paid, overdue, void' -r -f -a "draft\t''
issued\t''
partially_paid\t''
paid\t''
credited\t''
overdue\t''
void\t''"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer (code)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l from -d 'From date' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l to -d 'To date' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l kind -d 'Only invoices, only credit notes, the receipts (領収書) written, the quotes (見積書), or the delivery notes (納品書) made on their own' -r -f -a "invoice\t''
credit_note\t''
receipt\t''
quote\t''
delivery-note\t''"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l as-of -d 'The date (default: today); earlier dates show the aging as it was then' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from aging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l from -d 'From date (default: the first movement)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l to -d 'To date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from statement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l from -d 'From date' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l to -d 'To date' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l as -d 'csv (the lines of every document, one row each) or jp-pint (UBL 2.1 XML per document)' -r -f -a "csv\t''
jp-pint\t''"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s o -l output -d 'Output file (default: invoices/NUMBER.pdf next to the database)' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l missing -d 'Instead of one number: every issued document whose archived copy or PDF file is missing (after a crash between issuing and archiving); archives and writes them'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l force -d 'Replace a file given with -o that already exists (the default file is the invoice\'s own PDF and is always re-rendered)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l payment -d 'The payment (its id, from `invoice show`)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l name -d '宛名 (default: the invoice\'s addressee with 御中 or 様)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l note -d '但し書き (default: "INV-… 代金として")' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l date -d '発行日 (default: the payment\'s date)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -s o -l output -d 'The PDF (default: NUMBER.pdf)' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l paper -d 'Handed over on paper: the 収入印紙 box and the duty it needs (an electronic receipt bears none)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -l force -d 'Replace a file that already exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from receipt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l customer -d 'A note on its own: the customer' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l date -d '納品日 (a note on its own; default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l subject -d 'Subject (件名)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l line -d 'A line NAME;QTY;UNIT_PRICE;RATE[;UNIT]; repeat for more' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l item -d 'A catalogue item CODE:QTY; repeat for more' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l note -d 'Note (備考)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -s o -l output -d 'The PDF (default: NUMBER-納品書.pdf)' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l no-prices -d 'Leave out unit prices, amounts and totals'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -l force -d 'Replace a file that already exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from delivery-note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "add" -d 'Add one: a customer, a day of the month, lines (or --like an issued invoice)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "list" -d 'List them with the last month issued'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "show" -d 'Show one with its lines'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "pause" -d 'Stop issuing it until resumed'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "resume" -d 'Issue it again from the next run'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "remove" -d 'Remove one (one already issued is paused for good: its history stays)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from recurring" -f -a "run" -d 'Issue every recurring invoice due in a month, once: running the month again issues nothing new'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "add" -d 'Make a quote: numbered (quote_number_pattern), valid until a day, its PDF written and archived'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "list" -d 'Quotes with their status (open, expired, accepted with the invoice, declined)'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "show" -d 'One quote with its lines and per-rate totals'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "pdf" -d 'Write a quote\'s PDF again'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "accept" -d 'Issue the invoice of an open quote: its customer, subject, lines and pricing exactly'
complete -c bko -n "__fish_bko_using_subcommand invoice; and __fish_seen_subcommand_from quote" -f -a "decline" -d 'Decline an open quote, keeping why'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "add" -d 'Add an employee'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "list" -d 'List employees (without personal data; `people export` has everything)'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "show" -d 'Show one employee, every field'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "set" -d 'Change one field: name, kana, birth_date, hire_date, leave_date, employment, department, days_per_week, hours_per_day, calendar, email, postal_code, address, municipality_code'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "import" -d 'Add employees from CSV: code,name,kana,birth_date,hire_date,leave_date,employment, department,days_per_week,hours_per_day,calendar,email,postal_code,address, municipality_code (all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "leave" -d 'Record that an employee leaves (退職): the last day employed'
complete -c bko -n "__fish_bko_using_subcommand people; and not __fish_seen_subcommand_from add list show set import leave export" -f -a "export" -d 'Every field of every employee, personal data included (written to the audit log)'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l kana -d 'Name in katakana or hiragana (needed for bank transfer files)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l hire-date -d 'Hire date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l birth-date -d 'Birth date' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l employment -d 'full-time, part-time, contract or officer' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l department -d 'Department' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l days-per-week -d 'Scheduled work days per week' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l hours-per-day -d 'Scheduled hours per day (8, 7.5 or 7:30)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l calendar -d 'Work calendar code (`bko attendance calendar list`)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l email -d 'E-mail' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l postal-code -d '郵便番号 (e.g. 100-0001)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l address -d '住所 (printed on the 源泉徴収票)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l municipality-code -d '市区町村コード of the municipality of residence (six digits, e.g. 131016): where the 給与支払報告書 goes' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l all -d 'Include people who have left'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l update -d 'Update employees whose code exists instead of refusing them'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l date -d 'The last day employed' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand people; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "calendar" -d 'Work calendars: scheduled days and hours, statutory holiday, week start'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "holidays" -d 'National holidays (bundled 2024-2027) and company holidays'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "punch" -d 'Punch the clock: in, out, break-start, break-end (a terminal time clock)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "edit" -d 'Correct or add one day\'s timecard; the old values stay in the history with the reason'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "import" -d 'Import timecards from CSV (shifts or punches), all or nothing'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "days" -d 'One employee\'s month day by day (出勤簿) with each day\'s hours'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "summary" -d 'Monthly totals per employee: days, absences, leave, overtime (to and over 60 h), late night, statutory holiday, lateness'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "check" -d 'Missing punches, short breaks, 36協定 limits and the 5-days leave duty; exits 4 when a limit is broken'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "close" -d 'Close a month: imports, punches, edits and leave into it are refused afterwards'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "reopen" -d 'Reopen a closed month (audited)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "history" -d 'Corrections made to an employee\'s timecards'
complete -c bko -n "__fish_bko_using_subcommand attendance; and not __fish_seen_subcommand_from calendar holidays punch edit import days summary check close reopen history leave" -f -a "leave" -d 'Annual paid leave (年次有給休暇): grant, take, balance, the 5-days duty'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -f -a "list" -d 'List work calendars'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -f -a "add" -d 'Add a calendar (defaults: the standard one\'s values)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from calendar" -f -a "set" -d 'Change a calendar'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -f -a "list" -d 'List holidays'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -f -a "add" -d 'Add (or rename) a company holiday'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -f -a "remove" -d 'Remove a holiday'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from holidays" -f -a "import" -d 'Add national holidays from CSV: date,name (the Cabinet Office\'s syukujitsu.csv works as is)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l at -d 'When (YYYY-MM-DD HH:MM, or HH:MM today; default: now)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from punch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l in -d 'Clock-in (HH:MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l out -d 'Clock-out (HH:MM; earlier than the clock-in or 24:00+ means the next day)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l break -d 'Break in minutes' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l note -d 'Note' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l reason -d 'Why (required; kept with the old values)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l delete -d 'Delete the day\'s timecard'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l replace -d 'Overwrite days that are already recorded differently (the old values are kept in the history)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report what would change; change nothing'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l employee -d 'Employee code' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from days" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l employee -d 'Only this employee' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l reason -d 'Why (kept in the audit log)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -l force -d 'Required: reopening changes what payroll may have used'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -f -a "grant" -d 'Grant leave: the statutory grants (39条) due up to a date for everyone (or one employee), or with --days a manual grant (carry-over from another system, 前倒し付与)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -f -a "take" -d 'Record paid leave taken on a date (a whole day, or --half)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -f -a "cancel" -d 'Cancel leave recorded on a date'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -f -a "balance" -d 'Days granted, used, remaining and expiring per employee (年次有給休暇管理簿)'
complete -c bko -n "__fish_bko_using_subcommand attendance; and __fish_seen_subcommand_from leave" -f -a "obligation" -d 'Employees at risk of missing the 5 days a year they must take (39条7項)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "rates" -d 'The official tables (withholding, grades, insurance rates): list, or import a new year'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "set" -d 'Set an employee\'s pay from a work month on (unspecified fields keep their values)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "import" -d 'Pay settings from CSV: employee,from,monthly|hourly,allowances,commuting,dependents, column,resident_tax,resident_tax_june,prefecture,social_insurance,employment_insurance, attendance_deductions,standard_monthly,bank_code,bank_name,branch_code,branch_name,account_type,account_number'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "settings" -d 'An employee\'s pay settings, every version'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "grade" -d 'Set 標準報酬月額 from remuneration (資格取得) or from April-June pay (定時決定)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "calc" -d 'Take-home pay for one person, without touching any employee'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "bonus" -d 'Bonuses (賞与): run, show, confirm, cancel by pay date'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "yearend" -d '年末調整: declarations and the year\'s adjustment'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "run" -d 'Compute the month\'s payroll from the closed attendance month (a draft; run again to redo)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "show" -d 'The run\'s payslips'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "confirm" -d 'Confirm the run: post the journal entry and lock it'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "cancel" -d 'Discard a draft run'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "register" -d '賃金台帳: confirmed payslips of a month or of the months paid in a year'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "payslips" -d 'Write a payslip PDF per employee'
complete -c bko -n "__fish_bko_using_subcommand payroll; and not __fish_seen_subcommand_from rates set import settings grade calc bonus yearend run show confirm cancel register payslips transfer" -f -a "transfer" -d 'Write the Zengin 給与振込 file for a confirmed run'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -f -a "list" -d 'List the tables and their validity'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from rates" -f -a "import" -d 'Import a table (the layout is told by the header; see assets/payroll/README.md)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l from -d 'First work month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l monthly -d 'Monthly salary' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l hourly -d 'Hourly wage' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l allowance -d 'An allowance NAME=AMOUNT[:nontax][:excluded] (repeat; replaces the list)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l commuting -d '通勤手当 per month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l dependents -d '扶養親族等の数' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l column -d 'kou (甲) or otsu (乙)' -r -f -a "kou\t''
otsu\t''"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l resident-tax -d '住民税 per month (July-May)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l resident-tax-june -d '住民税 in June' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l prefecture -d 'Health-insurance prefecture (13, 東京都 or Tokyo)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l social-insurance -d 'Enrolled in health insurance and pension' -r -f -a "yes\t''
no\t''"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l employment-insurance -d 'Enrolled in employment insurance' -r -f -a "yes\t''
no\t''"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l attendance-deductions -d 'Whether absences and lateness reduce monthly pay (no: staff without timecards)' -r -f -a "yes\t''
no\t''"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l standard-monthly -d '標準報酬月額' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l bank-code -d 'Bank: 銀行番号 (4 digits)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l bank-name -d 'Bank name (kana)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l branch-code -d '支店番号 (3 digits)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l branch-name -d 'Branch name (kana)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l account-type -d '1 普通, 2 当座, 4 貯蓄' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l account-number -d '口座番号 (7 digits)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l clear-allowances -d 'Remove every allowance'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from settings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l remuneration -d '報酬月額 (monthly remuneration incl. commuting) for 資格取得 or a change' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l teiji -d '定時決定 for this year: the average of pay paid in April, May and June (months with at least 17 paid days), applied from September' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l from -d 'The first work month the grade applies to (資格取得 / 随時改定)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from grade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l month -d 'Pay month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l gross -d 'Gross pay' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l standard-monthly -d '標準報酬月額 (default: the grade of the gross)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l age -d 'Age (介護保険 from 40 to 64)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l birth-date -d 'Birth date' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l prefecture -d 'Prefecture' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l dependents -d '扶養親族等の数' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l column -d 'kou or otsu' -r -f -a "kou\t''
otsu\t''"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l non-taxable -d 'The non-taxable part of gross (commuting allowance and the like)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l no-employment-insurance -d 'Not in employment insurance (officers)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from calc" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "run" -d 'Compute the bonuses of a pay date into a draft (run again to redo): one employee, or a CSV `employee,amount[,previous_pay]`'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "show" -d 'The bonus slips of a pay date'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "notice" -d '賞与支払届 data: per insured employee the pay date, bonus and 標準賞与額 for health and pension (after the caps), for the 日本年金機構 form or its e-Gov file'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "confirm" -d 'Confirm: post 賞与 / 法定福利費 / 預り金 / 未払費用 in one entry and lock the run'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "cancel" -d 'Delete a draft bonus run'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "register" -d 'The confirmed bonuses of a year, one row per employee and pay date (the bonus part of the 賃金台帳; `payroll register --year` lists them with the monthly pay)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "payslips" -d 'Write a bonus slip PDF (賞与明細書) per employee'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from bonus" -f -a "transfer" -d 'Write the Zengin 給与振込 file for a confirmed bonus run'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "declare" -d 'Record an employee\'s declarations for a year (扶養控除等・基礎控除・保険料控除・住宅借入金等特別控除 申告書, an earlier employer\'s 源泉徴収票); given values replace those recorded, the rest stay'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "import" -d 'Record many employees\' declarations from CSV, one row each: employee, spouse, dependants (relatives separated by \';\'), disability, widow, single_parent, working_student and the amounts named like the declare flags (life_new_general, housing_loan, …). Empty cells keep what is recorded; \'none\' removes a spouse or the dependants. All or nothing'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "calc" -d 'The adjustment of every employee paid in the year (or one), step by step, from the confirmed runs and the declarations; who is left out and why'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "apply" -d 'Settle the adjustment in the year\'s last pay: each refund or extra tax becomes a line of that month\'s (draft) payslip and is posted with the run — or, with --settle-separately when that run is already confirmed, is posted on its own at once (once per year)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "report" -d 'The year\'s paperwork as data: the 給与支払報告書 per employee with the municipality it goes to (statements), its 総括表 per municipality (summary), or the 源泉徴収簿 (book)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "transfer" -d 'Write the Zengin 給与振込 file paying the refunds of a 年末調整 settled on its own (`apply --settle-separately`)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from yearend" -f -a "slips" -d 'Write the 源泉徴収票 PDFs of a year: one per employee paid in it (leavers, 乙欄 and over-¥20M employees too, without adjustment), 受給者交付用 and 支払者控 on one A4 page'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l month -d 'Work month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l pay-date -d 'Pay date (default: by payroll_pay_month / payroll_pay_day)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l employee -d 'Only this employee' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l year -d 'Pay year' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -s o -l output -d 'Directory' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l employee -d 'Only this employee' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -l force -d 'Replace files that already exist (otherwise an existing file is refused)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from payslips" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l month -d 'Work month' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -s o -l output -d 'The file' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -l force -d 'Replace files that already exist (otherwise an existing file is refused)'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payroll; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "accounts" -d 'Bank, card and cash accounts'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "profiles" -d 'Statement layouts: the built-in ones and your own'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "import" -d 'Import a statement (全銀 or a bank\'s CSV download); lines already imported are skipped'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "lines" -d 'Statement lines and how each was settled'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "match" -d 'Match unsettled lines to open invoices, pay-outs and rules; apply what is certain'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "review" -d 'Go through the lines left, one at a time (on a terminal), or list them with their candidates (`--format json`)'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "apply" -d 'Settle one line by hand'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "unmatch" -d 'Undo a line\'s match (what it posted is reversed)'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "rules" -d 'Ordered rules for lines no match settles'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "reconcile" -d 'The bank reconciliation (銀行勘定調整表) of an account on a day'
complete -c bko -n "__fish_bko_using_subcommand bank; and not __fish_seen_subcommand_from accounts profiles import lines match review apply unmatch rules reconcile cash" -f -a "cash" -d 'Cash counts (金種表)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -f -a "add" -d 'Add a bank, card or cash account'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -f -a "list" -d 'List accounts'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -f -a "show" -d 'Show one account'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from accounts" -f -a "set" -d 'Change one field: name, kind, ledger_account, bank_code, branch_code, type, number, holder_kana, profile'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -f -a "add" -d 'Describe a statement layout bko does not know'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -f -a "list" -d 'List the layouts (yours first, then the built-in ones)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -f -a "show" -d 'Show one layout as JSON'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -f -a "export" -d 'Write your layouts as JSON (to move them to another database)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from profiles" -f -a "import" -d 'Add or replace layouts from a JSON file written by `export`'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l account -d 'The bank account it belongs to (a 全銀 file names its own)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l profile -d 'The layout (default: the account\'s, else detected)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l through -d 'The last day the download covers, when later than its last line' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l dry-run -d 'Read and check everything, store nothing'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l account -d 'Bank account code (default: all)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l from -d 'First day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l to -d 'Last day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l unmatched -d 'Only lines not settled yet'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from lines" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l account -d 'Bank account code (default: all)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l from -d 'First day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l to -d 'Last day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l dry-run -d 'Show what would be applied, change nothing'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l account -d 'Bank account code (default: all)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l from -d 'First day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l to -d 'Last day' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l invoice -d 'Invoices this deposit pays (oldest first; the last takes the rest)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l entry -d 'The entry already in the books that this line is the bank side of' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l account -d 'Post the line to this ledger account' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l tax -d 'Tax category for --account (default: the account\'s)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l split -d 'Fixed lines split off before the rest goes to --account: ACCOUNT:AMOUNT[:TAX], repeatable; a negative amount sits on the bank\'s side (預り金:-10210)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l reason -d 'Why it needs none' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l ignore -d 'The line needs no entry'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l remember -d 'Learn from this choice: the payer name (invoices) or a rule (account)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from unmatch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "add" -d 'Add a rule (at the end, or at --position)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List the rules in order'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "show" -d 'Show one rule'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "remove" -d 'Remove a rule'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "import" -d 'Add rules from CSV (name,direction,account,text_op,text,min_amount,max_amount,action, target,tax,splits), all or nothing'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from rules" -f -a "export" -d 'Write the rules as CSV (the import\'s columns)'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l account -d 'Bank account code' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l as-of -d 'The day (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from reconcile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand bank; and __fish_seen_subcommand_from cash" -f -a "count" -d 'Count the cash (金種表) and compare it with the books'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "suppliers" -d 'Suppliers (支払先)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "bills" -d 'Bills received'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "run" -d 'Build the draft payment run: open bills due by a day, one transfer per supplier (replaces an earlier draft)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "runs" -d 'Payment runs, or one run\'s transfers'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "transfer" -d 'Write a run\'s 全銀 総合振込 file (種別 21, the bills\' numbers as EDI)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "confirm" -d 'Confirm a run: the payments are posted and the bills settled'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "cancel" -d 'Drop a draft run'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "pay" -d 'Pay a bill by hand (cash, card, a transfer made elsewhere)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "reverse" -d 'Reverse a confirmed run or a payment made by hand (entries mirrored, bills owed again)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "withholding" -d 'Income tax withheld in a month (fees paid, salaries and bonuses), due by the 10th of the next: the 所得税徴収高計算書 figures'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "statements" -d 'The year\'s 支払調書: payees with withholding paid more than ¥50,000 (`-o FILE.pdf`: the slips as PDF)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "due" -d 'Open bills due within a time from today (or overdue)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "aging" -d 'Open bills by how long past due'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "check" -d '取適法: covered bills due more than 60 days after receipt, fees charged to covered suppliers (exit 4 when found)'
complete -c bko -n "__fish_bko_using_subcommand payables; and not __fish_seen_subcommand_from suppliers bills run runs transfer confirm cancel pay reverse withholding statements due aging check transition" -f -a "transition" -d 'The 経過措置 table: the creditable share of an unregistered supplier\'s tax by date'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -f -a "add" -d 'Add a supplier'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -f -a "import" -d 'Add or replace suppliers from CSV (code,name,kana,registration_number,address,bank_code, branch_code,bank_name,branch_name,account_type,account_number,holder_kana,terms, fee_bearer,covered,withholding,expense_account,payable_account); all or nothing'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -f -a "list" -d 'List suppliers'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -f -a "show" -d 'Show one supplier'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from suppliers" -f -a "set" -d 'Change one field: name, kana, registration_number, address, bank_code, branch_code, bank_name, branch_name, account_type, account_number, holder_kana, terms, fee_bearer, covered, withholding, expense_account, payable_account'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -f -a "add" -d 'Enter a bill received'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -f -a "import" -d 'Enter bills from CSV (bill,supplier,number,date,received,due,name,amount,rate,account, tax_included,book_only; one row per line), all or nothing'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -f -a "list" -d 'List bills'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -f -a "show" -d 'Show one bill with its tax per rate'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from bills" -f -a "void" -d 'Void a bill entered by mistake (its entry is reversed)'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l date -d '振込指定日: the day the bank pays' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l due-through -d 'Take open bills due on or before this day (default: the date)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l supplier -d 'Only this supplier (repeatable)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l pay -d 'Pay part of a bill now: BILL=AMOUNT (repeatable; the bill is taken whatever its due)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l from -d 'Pay from this account (default: the setting payables_bank_account, 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from runs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l run -d 'The run' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -s o -l output -d 'The file' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -l force -d 'Replace a file that already exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l run -d 'The run' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l run -d 'The run' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l date -d 'Paid on' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l amount -d 'How much of what is owed (default: all of it)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l from -d 'Paid from (default: 普通預金; e.g. 現金, or a card\'s 未払金)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l run -d 'The run' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l payment -d 'A payment made by hand (its id, from `bills show`)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l date -d 'The day of the reversal (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from reverse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l month -d 'The month of payment (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from withholding" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l year -d 'The year' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -s o -l output -d 'Also write the slips to this PDF' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -l force -d 'Replace a file that already exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from statements" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l within -d 'How far ahead: 14d, 4w, 1m' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from due" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l as-of -d 'The day (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from aging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -f -a "list" -d 'Show the periods and their percent'
complete -c bko -n "__fish_bko_using_subcommand payables; and __fish_seen_subcommand_from transition" -f -a "import" -d 'Replace the table from CSV (valid_from,valid_to,percent), e.g. when a reform is enacted'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "add" -d 'Add a receipt to the employee\'s claim of its month'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "import" -d 'Add the receipts of a claim sheet (CSV; all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "list" -d 'List claims'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "show" -d 'Show a claim\'s receipts'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "remove" -d 'Remove a receipt from a draft claim'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "submit" -d 'Submit a draft claim for approval'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "approve" -d 'Approve a submitted claim: it is posted (expense, input tax, owed to the employee)'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "unapprove" -d 'Take back an approval posted by mistake (its entry reversed, the advance it used given back): the claim is a draft again'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "unrepay" -d 'Take back a repayment scheduled with a pay (`--payroll`) or the next payment run (`--run`) that has not been made yet'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "reject" -d 'Send a submitted claim back to its employee as a draft'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "advance" -d 'Pay an employee an advance (仮払金)'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "return" -d 'Take back what an employee did not spend of an advance'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "advances" -d 'Advances not yet settled'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "repay" -d 'Repay an approved claim: with a month\'s pay, or at once'
complete -c bko -n "__fish_bko_using_subcommand expenses; and not __fish_seen_subcommand_from add import list show remove submit approve unapprove unrepay reject advance return advances repay transfer" -f -a "transfer" -d 'Write the 全銀 総合振込 file of the claims repaid by transfer on a day'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l employee -d 'Employee code' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l date -d 'The day paid' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l amount -d 'What was paid, tax included' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l rate -d '10, 8 or 0' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l account -d 'The expense account (旅費交通費, 会議費 …)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l payee -d 'Who was paid' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l registration-number -d 'The payee\'s T-number, when the receipt shows one' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l receipt -d 'The receipt\'s scan or photo, archived with its keys' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l note -d 'Purpose, route' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l book-only -d 'Book-only: public transport, 出張旅費・日当 (creditable without a qualified invoice)'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l status -d 'Only claims in this state: draft, submitted, approved' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l employee -d 'Only this employee\'s' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l month -d 'Only this month\'s (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l by -d 'Who approves' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l date -d 'The day it is posted (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l reason -d 'Why' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l date -d 'The day of the reversal (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unapprove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from unrepay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l reason -d 'Why' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l date -d 'The day (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l account -d 'The cash or bank account (default: 現金)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l date -d 'The day (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l account -d 'The cash or bank account (default: 現金)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from return" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from advances" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l payroll -d 'With the pay of this month (YYYY-MM): non-taxable, it raises the net only' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l date -d 'The day (cash or transfer; default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l from -d 'Paid from (default: 現金 for cash, 普通預金 for a transfer)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l run -d 'In the next payment run (`bko payables run`): one 総合振込 file with the suppliers\' bills'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l cash -d 'In cash now'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l transfer -d 'By a transfer made now'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from repay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l date -d 'The day (as given to `repay --transfer --date`)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -s o -l output -d 'The file' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -l force -d 'Replace a file that already exists'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand expenses; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "items" -d 'Items: add, list'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "locations" -d 'Locations: warehouses, rooms, departments, machines'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "receive" -d 'Receive stock at a unit cost (posts 商品/貯蔵品 + 仮払消費税 / 買掛金)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "issue" -d 'Issue stock (goods: 売上原価 / 商品; supplies: 消耗品費 / 貯蔵品) at the valuation cost'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "transfer" -d 'Move stock between locations (no entry: value stays with the item)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "adjust" -d 'Correct the quantity on hand: +QTY found, -QTY lost (posts 棚卸減耗損)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "stock" -d 'Quantity and value on hand per item (or per location)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "ledger" -d 'An item\'s movements with running quantity, unit cost and value (商品有高帳)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "reorder" -d 'Items at or below their reorder point'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "import" -d 'Import movements from CSV: date,kind,item,quantity,unit_cost,from,to,ref (all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "count" -d 'Stocktake (棚卸): start, set or import counts, see the differences, apply them'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "usage" -d 'Supplies consumed in a period, by where they went or by department'
complete -c bko -n "__fish_bko_using_subcommand inventory; and not __fish_seen_subcommand_from items locations receive issue transfer adjust stock ledger reorder import count usage book-stock" -f -a "book-stock" -d 'Book the goods stock on a date under periodic bookkeeping (三分法): posts the difference between the valued stock and the 商品 account against 期末商品棚卸高'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -f -a "add" -d 'Add an item'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -f -a "list" -d 'List items'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -f -a "show" -d 'Show one item with what is on hand'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -f -a "set" -d 'Change one field: name, unit, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from items" -f -a "import" -d 'Add items from CSV: sku,name,unit,category,method,reorder_point,reorder_qty,supplier,tax_rate (all or nothing)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -f -a "add" -d 'Add a location'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from locations" -f -a "list" -d 'List locations'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l cost -d 'Unit cost (receive; optional for found stock)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l date -d 'Date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l from -d 'From location' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l to -d 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l location -d 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l supplier -d 'Supplier' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l ref -d 'Reference (delivery note, order number)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l reason -d 'Why (required for adjust)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l paid-from -d 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from receive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l cost -d 'Unit cost (receive; optional for found stock)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l date -d 'Date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l from -d 'From location' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l to -d 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l location -d 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l supplier -d 'Supplier' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l ref -d 'Reference (delivery note, order number)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l reason -d 'Why (required for adjust)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l paid-from -d 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l cost -d 'Unit cost (receive; optional for found stock)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l date -d 'Date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l from -d 'From location' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l to -d 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l location -d 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l supplier -d 'Supplier' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l ref -d 'Reference (delivery note, order number)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l reason -d 'Why (required for adjust)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l paid-from -d 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l cost -d 'Unit cost (receive; optional for found stock)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l date -d 'Date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l from -d 'From location' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l to -d 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l location -d 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l supplier -d 'Supplier' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l ref -d 'Reference (delivery note, order number)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l reason -d 'Why (required for adjust)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l paid-from -d 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from adjust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l as-of -d 'The date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l location -d 'Only this location (implies --by-location)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l by-location -d 'Quantities per location (value at the item\'s unit cost)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from stock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l from -d 'First date shown' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l to -d 'Last date shown' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from reorder" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -f -a "start" -d 'Freeze the expected quantities (company-wide or at one location)'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -f -a "set" -d 'Record a counted quantity'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -f -a "import" -d 'Record counted quantities from CSV: sku,location,counted'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -f -a "diff" -d 'Expected against counted, with the value of each difference'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from count" -f -a "apply" -d 'Post the differences (棚卸減耗損) dated on the count date and close the count'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l from -d 'First date' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l to -d 'Last date' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l by -d 'Group by the location it went to, or by department (a department location, or the department of the employee it was issued to)' -r -f -a "location\t'The location, room, machine or employee it went to'
department\t'The department'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l as-of -d 'The date (a month or year end)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand inventory; and __fish_seen_subcommand_from book-stock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "add" -d 'Store files with their transaction date, amount and counterparty'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "import" -d 'Store many files: a directory of exported names (YYYYMMDD_counterparty_amount.ext) or an index CSV (path,type,date,amount,counterparty,tags). All or nothing'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "search" -d 'Search by date range, amount range, counterparty, type, tag and words (all AND-ed)'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "show" -d 'Show a document\'s current version'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "get" -d 'Write a document\'s original bytes (hash verified)'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "export" -d 'Export documents dated in a range for a tax office: files named YYYYMMDD_counterparty_amount.ext plus index.csv'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "correct" -d 'Correct a document: a new version; the old one is kept'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "delete" -d 'Delete a document logically (hidden from search, kept with its history)'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "history" -d 'Every version and event of a document: who, when, why'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "retention" -d 'Documents past their retention period (eligible for disposal)'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "dispose" -d 'Dispose of documents past retention (their bytes are removed; the record stays)'
complete -c bko -n "__fish_bko_using_subcommand docs; and not __fish_seen_subcommand_from add import search show get export correct delete history retention dispose expiring" -f -a "expiring" -d 'Contracts ending or needing a renewal notice soon (exit 4 when there are any)'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l type -d 'receipt, invoice, contract, quote, delivery-note, statement, credit-note, payslip, other' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l date -d 'Transaction date (取引年月日)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l amount -d 'Amount (取引金額)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l counterparty -d 'Counterparty (取引先)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l title -d 'Title' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l tags -d 'Tags: a,b,c' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l note -d 'Note' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l link -d 'Link: entry:ID, invoice:NUMBER or employee:CODE' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l contract-start -d 'Contract start date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l contract-end -d 'Contract end date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l notice -d 'Last date to give notice of (non-)renewal' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l index -d 'An index CSV: path,type,date,amount,counterparty,tags (paths relative to the CSV)' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l type -d 'Document type for a directory import' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l encoding -d 'Text encoding of the index' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l from -d 'From date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l to -d 'To date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l min -d 'Minimum amount' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l max -d 'Maximum amount' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l counterparty -d 'Counterparty contains' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l type -d 'Type' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l tag -d 'Tag' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l text -d 'Words in the title, note, counterparty, tags or extracted text (Japanese works)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l limit -d 'Show at most N (the earliest; 100 unless given); when more match, how many is said on stderr (even with --quiet) and in the notes' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l include-deleted -d 'Include logically deleted documents'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l all -d 'Show every match, however many (for scripts that read them all)'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -s o -l output -d 'Output file (default: the original file name in the current directory)' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l version -d 'An earlier version' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -l force -d 'Replace the output file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l from -d 'First date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l to -d 'Last date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l file -d 'Replace the stored file with this one' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l reason -d 'Why (required)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l type -d 'receipt, invoice, contract, quote, delivery-note, statement, credit-note, payslip, other' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l date -d 'Transaction date (取引年月日)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l amount -d 'Amount (取引金額)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l counterparty -d 'Counterparty (取引先)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l title -d 'Title' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l tags -d 'Tags: a,b,c' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l note -d 'Note' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l link -d 'Link: entry:ID, invoice:NUMBER or employee:CODE' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l contract-start -d 'Contract start date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l contract-end -d 'Contract end date' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l notice -d 'Last date to give notice of (non-)renewal' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from correct" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l reason -d 'Why' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l as-of -d 'The date (default: today)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from retention" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l reason -d 'Why (kept in the history and the audit log)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from dispose" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l within -d 'The window: 60d, 8w, 3m' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand docs; and __fish_seen_subcommand_from expiring" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand close" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand close" -l reason -d 'Why (for --accept-36 and --reopen)' -r
complete -c bko -n "__fish_bko_using_subcommand close" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand close" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand close" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand close" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand close" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand close" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand close" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand close" -l dry-run -d 'Only print the checklist'
complete -c bko -n "__fish_bko_using_subcommand close" -l accept-36 -d 'Close even though a 36協定 limit is broken (needs --reason; written to the audit log)'
complete -c bko -n "__fish_bko_using_subcommand close" -l reopen -d 'Reopen the month instead (needs --force and --reason)'
complete -c bko -n "__fish_bko_using_subcommand close" -l force -d 'Required to reopen'
complete -c bko -n "__fish_bko_using_subcommand close" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand close" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -f -a "month" -d 'A month\'s statements as CSV plus the 月次報告書 PDF'
complete -c bko -n "__fish_bko_using_subcommand report; and not __fish_seen_subcommand_from month year" -f -a "year" -d 'A fiscal year\'s statements as CSV, the 年次報告書 PDF and the 弥生 / MF journal exports'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l month -d 'The month (YYYY-MM)' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -s o -l output -d 'The directory' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l force -d 'Replace files that already exist (otherwise an existing file is refused)'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -l xlsx -d 'Also write the whole pack as one Excel workbook, a sheet per report'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from month" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l fiscal-year -d 'The fiscal year (the calendar year it starts in)' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -s o -l output -d 'The directory' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l force -d 'Replace files that already exist (otherwise an existing file is refused)'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -l xlsx -d 'Also write the whole pack as one Excel workbook, a sheet per report'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand report; and __fish_seen_subcommand_from year" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand check" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand check" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand check" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand check" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand check" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand check" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand check" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand check" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand check" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand check" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand backup" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand backup" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand backup" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand backup" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand backup" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand backup" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand backup" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand backup" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand backup" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand backup" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand audit" -l limit -d 'How many rows' -r
complete -c bko -n "__fish_bko_using_subcommand audit" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand audit" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand audit" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand audit" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand audit" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand audit" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand audit" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand audit" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand audit" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand audit" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand demo" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand demo" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand demo" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand demo" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand demo" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand demo" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand demo" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand demo" -l fresh -d 'Recreate the demo database even if it exists (only ever replaces a demo database)'
complete -c bko -n "__fish_bko_using_subcommand demo" -l year -d 'A year of payroll instead (2026 in `bko-demo-year.db`): twelve monthly runs, two bonuses, a leaver, the 年末調整 in December\'s pay and everyone\'s 源泉徴収票 in `gensen/`'
complete -c bko -n "__fish_bko_using_subcommand demo" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand demo" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand demo" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand completions" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand completions" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand completions" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand completions" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand completions" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand completions" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand completions" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand completions" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand completions" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand completions" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand man" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand man" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand man" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand man" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand man" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand man" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand man" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand man" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand man" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand man" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bko -n "__fish_bko_using_subcommand help" -l db -d 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]' -r -F
complete -c bko -n "__fish_bko_using_subcommand help" -l format -d 'Output format of listings and reports' -r -f -a "table\t'A table for people (thousands separators, localized headers)'
csv\t'CSV with a header row of stable keys, plain decimals'
json\t'JSON: stable snake_case keys, amounts as exact decimal strings plus a currency field'
xlsx\t'An Excel workbook (one sheet, typed cells) written to `-o FILE` (or to a pipe)'"
complete -c bko -n "__fish_bko_using_subcommand help" -l lang -d 'Language of headers and labels (default: the company locale)' -r -f -a "ja\t'Japanese'
en\t'English'"
complete -c bko -n "__fish_bko_using_subcommand help" -s o -l output -d 'Write a listing or report to this file instead of stdout (needed for `--format xlsx` at a terminal). Commands that make files (PDFs, exports) take it as their own output' -r -F
complete -c bko -n "__fish_bko_using_subcommand help" -l encoding -d 'Text encoding of CSV output: utf-8, utf-8-bom (Excel on Japanese Windows) or cp932 [default: the company\'s csv_encoding, else utf-8]. Importers take it as the encoding of their input (default: detected)' -r -f -a "auto\t'UTF-8 when the start of the file is valid UTF-8 (or has a BOM), else CP932'
utf-8\t'UTF-8, with or without a byte-order mark'
cp932\t'CP932 (Windows-31J, the Shift_JIS that Japanese software writes)'
utf-16\t'UTF-16, little- or big-endian as its byte-order mark says (little-endian without one)'
utf-8-bom\t'UTF-8 with a byte-order mark: read as UTF-8; what CSV output for Excel on Japanese Windows should be'"
complete -c bko -n "__fish_bko_using_subcommand help" -l sheet -d 'Importers reading a workbook (.xlsx, .xls, .ods): the sheet to read [default: the first]' -r
complete -c bko -n "__fish_bko_using_subcommand help" -l skip-rows -d 'Importers: rows above the header row to skip (a title, merged cells, a date line)' -r
complete -c bko -n "__fish_bko_using_subcommand help" -l force -d 'Replace the -o file if it exists'
complete -c bko -n "__fish_bko_using_subcommand help" -s y -l yes -d 'Never prompt; missing values are errors'
complete -c bko -n "__fish_bko_using_subcommand help" -s q -l quiet -d 'Only errors on stderr'
complete -c bko -n "__fish_bko_using_subcommand help" -s h -l help -d 'Print help (see more with \'--help\')'
