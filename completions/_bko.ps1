
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'bko' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'bko'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'bko' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a company database')
            [CompletionResult]::new('company', 'company', [CompletionResultType]::ParameterValue, 'Show or change the company profile and settings')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'Double-entry books: accounts, journal, reports')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Customers, qualified invoices (適格請求書) as PDF, payments, credit notes, aging')
            [CompletionResult]::new('people', 'people', [CompletionResultType]::ParameterValue, 'Employees (shared by attendance and payroll)')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Timecards, hours under 労働基準法, 36協定 checks, paid leave, closing a month')
            [CompletionResult]::new('payroll', 'payroll', [CompletionResultType]::ParameterValue, 'Monthly payroll: social insurance, withholding tax, payslips, Zengin file')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Bank and card statements: import, matching to invoices and pay-outs, rules, reconciliation (出納確認), cash counts')
            [CompletionResult]::new('payables', 'payables', [CompletionResultType]::ParameterValue, 'Suppliers and bills received: input tax, withholding on fees, due and aging, 取適法')
            [CompletionResult]::new('expenses', 'expenses', [CompletionResultType]::ParameterValue, 'Expense claims (経費精算): receipts, approval, advances, repayment with pay or at once')
            [CompletionResult]::new('inventory', 'inventory', [CompletionResultType]::ParameterValue, 'Goods and supplies: movements, exact valuation (moving average, FIFO), stock reports')
            [CompletionResult]::new('docs', 'docs', [CompletionResultType]::ParameterValue, 'Document archive (電子帳簿保存法): store, search, version, retain')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a month: check everything, then lock the books (exit 4 when an item fails)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Report packs: a month''s or a year''s statements as CSV and PDF')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Verify the database: integrity, balanced entries, trial balance, audit chain')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database safely while it is in use')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log of write commands')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Create a demo company with a month of books and show its reports')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Show help for a command, or a topic: `bko help exit-codes`')
            break
        }
        'bko;init' {
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company name (会社名)')
            [CompletionResult]::new('--registration-number', '--registration-number', [CompletionResultType]::ParameterName, 'Qualified invoice issuer registration number: T + 13 digits')
            [CompletionResult]::new('--fiscal-year-start', '--fiscal-year-start', [CompletionResultType]::ParameterName, 'First month of the fiscal year (1-12)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Book currency (ISO 4217)')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Starting chart of accounts')
            [CompletionResult]::new('--locale', '--locale', [CompletionResultType]::ParameterName, 'Language of reports and documents')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;company' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the company profile and settings')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a setting: `bko company set address "東京都千代田区..."`')
            break
        }
        'bko;company;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;company;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'The chart of accounts: list, add, rename, archive, import')
            [CompletionResult]::new('post', 'post', [CompletionResultType]::ParameterValue, 'Post a journal entry')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Post the mirror entry of a posted one (posted entries are never edited)')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock the books through a date: nothing dated on or before it can be posted')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Move the lock back (recorded in the audit log)')
            [CompletionResult]::new('year-end', 'year-end', [CompletionResultType]::ParameterValue, 'Close a fiscal year whose months are all closed: move P&L balances to retained earnings')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import journal entries from CSV (all or nothing)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the journal as CSV: bko''s own, 弥生, or マネーフォワード')
            [CompletionResult]::new('journal', 'journal', [CompletionResultType]::ParameterValue, 'List journal entries with their lines')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'One account''s general ledger with opening and running balance')
            [CompletionResult]::new('trial-balance', 'trial-balance', [CompletionResultType]::ParameterValue, 'Trial balance: opening, debit, credit and closing per account')
            [CompletionResult]::new('pl', 'pl', [CompletionResultType]::ParameterValue, 'Profit and loss statement (損益計算書) in the Japanese layout')
            [CompletionResult]::new('bs', 'bs', [CompletionResultType]::ParameterValue, 'Balance sheet (貸借対照表) by section')
            break
        }
        'bko;ledger;accounts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the accounts')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an account; its history follows it')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Archive an account: it keeps its history but takes no new postings')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add accounts from CSV: code,name,name_en,type,section,tax_category (all or nothing)')
            break
        }
        'bko;ledger;accounts;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include archived accounts')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;accounts;add' {
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'English name')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'asset, liability, equity, revenue or expense')
            [CompletionResult]::new('--section', '--section', [CompletionResultType]::ParameterName, 'Report section (default: the type''s usual one), e.g. sga, current_assets, 販売費及び一般管理費')
            [CompletionResult]::new('--tax', '--tax', [CompletionResultType]::ParameterName, 'Default tax category, e.g. 課対仕入10%')
            [CompletionResult]::new('--normal-side', '--normal-side', [CompletionResultType]::ParameterName, 'Normal balance side for contra accounts (default: the type''s)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;accounts;rename' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New Japanese name')
            [CompletionResult]::new('--name-en', '--name-en', [CompletionResultType]::ParameterName, 'New English name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;accounts;archive' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;accounts;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding of the file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;post' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Transaction date (default: today)')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'What happened (摘要)')
            [CompletionResult]::new('--debit', '--debit', [CompletionResultType]::ParameterName, 'A debit line ACCOUNT=AMOUNT (repeat for several); the account by code or name')
            [CompletionResult]::new('--credit', '--credit', [CompletionResultType]::ParameterName, 'A credit line ACCOUNT=AMOUNT (repeat for several)')
            [CompletionResult]::new('--tax', '--tax', [CompletionResultType]::ParameterName, 'Tax category for the revenue and expense lines (default: each account''s own)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'An outside reference (voucher or invoice number)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;reverse' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the reversal (default: today; not before the original)')
            [CompletionResult]::new('--memo', '--memo', [CompletionResultType]::ParameterName, 'Memo (default: 取消 + the original memo)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;lock' {
            [CompletionResult]::new('--through', '--through', [CompletionResultType]::ParameterName, 'The last locked date (inclusive)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;unlock' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new last locked date, or `none`')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Required: unlocking reopens periods that were closed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;year-end' {
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'The fiscal year (the calendar year it starts in)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding of the file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and show what would be posted; change nothing')
            [CompletionResult]::new('--allow-duplicates', '--allow-duplicates', [CompletionResultType]::ParameterName, 'Import entries again even if the same rows were imported before')
            [CompletionResult]::new('--skip-duplicates', '--skip-duplicates', [CompletionResultType]::ParameterName, 'Leave out entries imported before and import the rest')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'The format')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to this file instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the -o file if it exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;journal' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only entries touching this account')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only entries whose memo, description or reference contains this text')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;account' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date (default: start of the current fiscal year)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;trial-balance' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Balances as of this date, movements from its fiscal year start')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date of the movements')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date of the movements')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;pl' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'One column per month')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;ledger;bs' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers: add, list, show, set, import')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'The optional item catalogue: add, list, import')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue an invoice (or many from CSV), post it to the ledger and write its PDF')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment (partial, with a bank fee deducted, or more than was due)')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void an unpaid invoice: its entry is reversed, its number stays used')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note (適格返還請求書) against an invoice')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List invoices and credit notes with their status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one invoice with its lines and per-rate totals')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open receivables per customer by days past due')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'A customer''s statement: invoices, payments, credit notes and balance')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export invoices and their lines as CSV')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Render the PDF of an issued invoice or credit note again')
            [CompletionResult]::new('receipt', 'receipt', [CompletionResultType]::ParameterValue, 'Write the receipt (領収書) of a recorded payment: amount, tax per rate, T-number; on paper with the 収入印紙 it needs. Again: a copy marked 再発行')
            [CompletionResult]::new('recurring', 'recurring', [CompletionResultType]::ParameterValue, 'Recurring invoices: the same bill every month, issued once per month by `run`')
            break
        }
        'bko;invoice;customers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one field: name, kana, honorific, department, contact, postal_code, address, email, registration_number, payment_terms, tax_pricing')
            [CompletionResult]::new('alias', 'alias', [CompletionResultType]::ParameterValue, 'Payer names a customer''s transfers arrive under (learned by `bko bank` matching too)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add customers from CSV (code,name,honorific,department,contact,postal_code,address,email, registration_number,payment_terms,tax_pricing,kana), all or nothing')
            break
        }
        'bko;invoice;customers;add' {
            [CompletionResult]::new('--kana', '--kana', [CompletionResultType]::ParameterName, 'The name as bank transfers show it, in kana (e.g. アルファショウジ): matches deposits')
            [CompletionResult]::new('--honorific', '--honorific', [CompletionResultType]::ParameterName, '御中 (company or department, the default) or 様 (person)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department (部署)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Contact person (担当者); the addressee then ends in 様 instead of 御中')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail')
            [CompletionResult]::new('--registration-number', '--registration-number', [CompletionResultType]::ParameterName, 'The customer''s registration number (T + 13 digits), if any')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms: 月末締め翌月末払い (default, eom+1), 月末締め翌々月末払い (eom+2), net30, 月末締め翌月10日払い')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'exclusive (税抜, default) or inclusive (税込) unit prices')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;alias' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a payer name, as the bank writes it (e.g. "ｱﾙﾌｧｼｮｳｼﾞ")')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a customer''s payer names')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a payer name')
            break
        }
        'bko;invoice;customers;alias;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;alias;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;alias;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;customers;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;items' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add items from CSV (code,name,unit,unit_price,tax_rate), all or nothing')
            break
        }
        'bko;invoice;items;add' {
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Unit price')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Tax rate: 10, 8 (reduced) or 0')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit (個, 時間, 式, ...)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;items;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;items;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;issue' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Invoice date (default: today)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Due date (default: from the customer''s payment terms)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject (件名)')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line NAME;QTY;UNIT_PRICE;RATE[;UNIT] (rate 10, 8 reduced, 0); repeat for more')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'A catalogue item CODE:QTY; repeat for more')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note (備考)')
            [CompletionResult]::new('--pricing', '--pricing', [CompletionResultType]::ParameterName, 'Override the customer''s pricing: exclusive (税抜) or inclusive (税込)')
            [CompletionResult]::new('--draft-id', '--draft-id', [CompletionResultType]::ParameterName, 'Issue an existing draft')
            [CompletionResult]::new('--from-csv', '--from-csv', [CompletionResultType]::ParameterName, 'Issue many invoices from CSV: invoice_key,customer,date,due,subject,item,quantity, unit_price,tax_rate,note (rows sharing invoice_key form one invoice). All or nothing')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding of --from-csv')
            [CompletionResult]::new('--like', '--like', [CompletionResultType]::ParameterName, 'Start from an issued invoice: its customer, subject, note, lines and pricing (flags given win)')
            [CompletionResult]::new('--pdf-dir', '--pdf-dir', [CompletionResultType]::ParameterName, 'Directory for PDFs (default: invoices/ next to the database)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Save as a draft without a number or a journal entry')
            [CompletionResult]::new('--not-qualified', '--not-qualified', [CompletionResultType]::ParameterName, 'Issue without the registration number (not a qualified invoice)')
            [CompletionResult]::new('--next-month', '--next-month', [CompletionResultType]::ParameterName, 'With --like: move the subject''s month words one month on (5月分 → 6月分)')
            [CompletionResult]::new('--no-pdf', '--no-pdf', [CompletionResultType]::ParameterName, 'Do not write PDFs')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;pay' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount received')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date received (default: today)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account it arrived in (default: the invoice_bank_account setting, 普通預金)')
            [CompletionResult]::new('--fee', '--fee', [CompletionResultType]::ParameterName, 'Bank fee the customer deducted (tax included), booked as 支払手数料')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;void' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the reversing entry (default: today)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;credit' {
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'Lines returned NAME;QTY;UNIT_PRICE;RATE (default: every line of the invoice)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date (default: today)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (返品, 値引, ...)')
            [CompletionResult]::new('--pdf-dir', '--pdf-dir', [CompletionResultType]::ParameterName, 'Directory for PDFs (default: invoices/ next to the database)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--no-pdf', '--no-pdf', [CompletionResultType]::ParameterName, 'Do not write PDFs')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: draft, issued, partially_paid, paid, overdue, void')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer (code)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To date')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only invoices, only credit notes, or the receipts (領収書) written')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;aging' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today); earlier dates show the aging as it was then')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;statement' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From date (default: the first movement)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;pdf' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file (default: invoices/NUMBER.pdf next to the database)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file (default: invoices/NUMBER.pdf next to the database)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'Instead of one number: every issued document whose archived copy or PDF file is missing (after a crash between issuing and archiving); archives and writes them')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file given with -o that already exists (the default file is the invoice''s own PDF and is always re-rendered)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;receipt' {
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'The payment (its id, from `invoice show`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, '宛名 (default: the invoice''s addressee with 御中 or 様)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, '但し書き (default: "INV-… 代金として")')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, '発行日 (default: the payment''s date)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The PDF (default: NUMBER.pdf)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The PDF (default: NUMBER.pdf)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'Handed over on paper: the 収入印紙 box and the duty it needs (an electronic receipt bears none)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one: a customer, a day of the month, lines (or --like an issued invoice)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List them with the last month issued')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one with its lines')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop issuing it until resumed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Issue it again from the next run')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove one (one already issued is paused for good: its history stays)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Issue every recurring invoice due in a month, once: running the month again issues nothing new')
            break
        }
        'bko;invoice;recurring;add' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'The customer (default: the --like invoice''s)')
            [CompletionResult]::new('--day', '--day', [CompletionResultType]::ParameterName, 'Day of the month it is dated (31: the month''s last day)')
            [CompletionResult]::new('--like', '--like', [CompletionResultType]::ParameterName, 'Copy the customer, subject, lines and pricing of an issued invoice')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: NAME;QTY;PRICE;RATE[;UNIT] (repeatable)')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, '件名: month words (5月分, 2026年5月) move to each month; {YYYY} {M} {MM} are filled in')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, '備考')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first month it bills (default: this month)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;pause' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;invoice;recurring;run' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--pdf-dir', '--pdf-dir', [CompletionResultType]::ParameterName, 'Directory for PDFs (default: invoices/ next to the database)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be issued, issue nothing')
            [CompletionResult]::new('--no-pdf', '--no-pdf', [CompletionResultType]::ParameterName, 'Do not write PDFs')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an employee')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List employees (without personal data; `people export` has everything)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one employee, every field')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one field: name, kana, birth_date, hire_date, leave_date, employment, department, days_per_week, hours_per_day, calendar, email, postal_code, address, municipality_code')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add employees from CSV: code,name,kana,birth_date,hire_date,leave_date,employment, department,days_per_week,hours_per_day,calendar,email,postal_code,address, municipality_code (all or nothing)')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that an employee leaves (退職): the last day employed')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every field of every employee, personal data included (written to the audit log)')
            break
        }
        'bko;people;add' {
            [CompletionResult]::new('--kana', '--kana', [CompletionResultType]::ParameterName, 'Name in katakana or hiragana (needed for bank transfer files)')
            [CompletionResult]::new('--hire-date', '--hire-date', [CompletionResultType]::ParameterName, 'Hire date (default: today)')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date')
            [CompletionResult]::new('--employment', '--employment', [CompletionResultType]::ParameterName, 'full-time, part-time, contract or officer')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department')
            [CompletionResult]::new('--days-per-week', '--days-per-week', [CompletionResultType]::ParameterName, 'Scheduled work days per week')
            [CompletionResult]::new('--hours-per-day', '--hours-per-day', [CompletionResultType]::ParameterName, 'Scheduled hours per day (8, 7.5 or 7:30)')
            [CompletionResult]::new('--calendar', '--calendar', [CompletionResultType]::ParameterName, 'Work calendar code (`bko attendance calendar list`)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, '郵便番号 (e.g. 100-0001)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, '住所 (printed on the 源泉徴収票)')
            [CompletionResult]::new('--municipality-code', '--municipality-code', [CompletionResultType]::ParameterName, '市区町村コード of the municipality of residence (six digits, e.g. 131016): where the 給与支払報告書 goes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include people who have left')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--update', '--update', [CompletionResultType]::ParameterName, 'Update employees whose code exists instead of refusing them')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;leave' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day employed')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;people;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('calendar', 'calendar', [CompletionResultType]::ParameterValue, 'Work calendars: scheduled days and hours, statutory holiday, week start')
            [CompletionResult]::new('holidays', 'holidays', [CompletionResultType]::ParameterValue, 'National holidays (bundled 2024-2027) and company holidays')
            [CompletionResult]::new('punch', 'punch', [CompletionResultType]::ParameterValue, 'Punch the clock: in, out, break-start, break-end (a terminal time clock)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Correct or add one day''s timecard; the old values stay in the history with the reason')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import timecards from CSV (shifts or punches), all or nothing')
            [CompletionResult]::new('days', 'days', [CompletionResultType]::ParameterValue, 'One employee''s month day by day (出勤簿) with each day''s hours')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Monthly totals per employee: days, absences, leave, overtime (to and over 60 h), late night, statutory holiday, lateness')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Missing punches, short breaks, 36協定 limits and the 5-days leave duty; exits 4 when a limit is broken')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a month: imports, punches, edits and leave into it are refused afterwards')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed month (audited)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Corrections made to an employee''s timecards')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Annual paid leave (年次有給休暇): grant, take, balance, the 5-days duty')
            break
        }
        'bko;attendance;calendar' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List work calendars')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a calendar (defaults: the standard one''s values)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change a calendar')
            break
        }
        'bko;attendance;calendar;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;calendar;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name')
            [CompletionResult]::new('--workdays', '--workdays', [CompletionResultType]::ParameterName, 'Scheduled work days: mon-fri, or mon,tue,thu')
            [CompletionResult]::new('--statutory-holiday', '--statutory-holiday', [CompletionResultType]::ParameterName, 'The statutory weekly holiday (法定休日)')
            [CompletionResult]::new('--week-start', '--week-start', [CompletionResultType]::ParameterName, 'First day of the week for the 40-hour rule')
            [CompletionResult]::new('--national-holidays', '--national-holidays', [CompletionResultType]::ParameterName, 'National holidays: off or work')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Scheduled start (HH:MM)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Scheduled end (HH:MM)')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'Scheduled break in minutes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;calendar;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name')
            [CompletionResult]::new('--workdays', '--workdays', [CompletionResultType]::ParameterName, 'Scheduled work days: mon-fri, or mon,tue,thu')
            [CompletionResult]::new('--statutory-holiday', '--statutory-holiday', [CompletionResultType]::ParameterName, 'The statutory weekly holiday (法定休日)')
            [CompletionResult]::new('--week-start', '--week-start', [CompletionResultType]::ParameterName, 'First day of the week for the 40-hour rule')
            [CompletionResult]::new('--national-holidays', '--national-holidays', [CompletionResultType]::ParameterName, 'National holidays: off or work')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Scheduled start (HH:MM)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Scheduled end (HH:MM)')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'Scheduled break in minutes')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;holidays' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List holidays')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add (or rename) a company holiday')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a holiday')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add national holidays from CSV: date,name (the Cabinet Office''s syukujitsu.csv works as is)')
            break
        }
        'bko;attendance;holidays;list' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only this year')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;holidays;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'national or company')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;holidays;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;holidays;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'national or company')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;punch' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When (YYYY-MM-DD HH:MM, or HH:MM today; default: now)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;edit' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'Clock-in (HH:MM)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Clock-out (HH:MM; earlier than the clock-in or 24:00+ means the next day)')
            [CompletionResult]::new('--break', '--break', [CompletionResultType]::ParameterName, 'Break in minutes')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required; kept with the old values)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--delete', '--delete', [CompletionResultType]::ParameterName, 'Delete the day''s timecard')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Overwrite days that are already recorded differently (the old values are kept in the history)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change; change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;days' {
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Employee code')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;summary' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;check' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;close' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;reopen' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the audit log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Required: reopening changes what payroll may have used')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Grant leave: the statutory grants (39条) due up to a date for everyone (or one employee), or with --days a manual grant (carry-over from another system, 前倒し付与)')
            [CompletionResult]::new('take', 'take', [CompletionResultType]::ParameterValue, 'Record paid leave taken on a date (a whole day, or --half)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel leave recorded on a date')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Days granted, used, remaining and expiring per employee (年次有給休暇管理簿)')
            [CompletionResult]::new('obligation', 'obligation', [CompletionResultType]::ParameterValue, 'Employees at risk of missing the 5 days a year they must take (39条7項)')
            break
        }
        'bko;attendance;leave;grant' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Statutory grants due up to this date (default: today)')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'A manual grant of this many days')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The manual grant''s date (default: today)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note for a manual grant')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;leave;take' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--half', '--half', [CompletionResultType]::ParameterName, 'Half a day')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;leave;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;leave;balance' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today)')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;attendance;leave;obligation' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('rates', 'rates', [CompletionResultType]::ParameterValue, 'The official tables (withholding, grades, insurance rates): list, or import a new year')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set an employee''s pay from a work month on (unspecified fields keep their values)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Pay settings from CSV: employee,from,monthly|hourly,allowances,commuting,dependents, column,resident_tax,resident_tax_june,prefecture,social_insurance,employment_insurance, attendance_deductions,standard_monthly,bank_code,bank_name,branch_code,branch_name,account_type,account_number')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'An employee''s pay settings, every version')
            [CompletionResult]::new('grade', 'grade', [CompletionResultType]::ParameterValue, 'Set 標準報酬月額 from remuneration (資格取得) or from April-June pay (定時決定)')
            [CompletionResult]::new('calc', 'calc', [CompletionResultType]::ParameterValue, 'Take-home pay for one person, without touching any employee')
            [CompletionResult]::new('bonus', 'bonus', [CompletionResultType]::ParameterValue, 'Bonuses (賞与): run, show, confirm, cancel by pay date')
            [CompletionResult]::new('yearend', 'yearend', [CompletionResultType]::ParameterValue, '年末調整: declarations and the year''s adjustment')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Compute the month''s payroll from the closed attendance month (a draft; run again to redo)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The run''s payslips')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm the run: post the journal entry and lock it')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Discard a draft run')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, '賃金台帳: confirmed payslips of a month or of the months paid in a year')
            [CompletionResult]::new('payslips', 'payslips', [CompletionResultType]::ParameterValue, 'Write a payslip PDF per employee')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Write the Zengin 給与振込 file for a confirmed run')
            break
        }
        'bko;payroll;rates' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tables and their validity')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a table (the layout is told by the header; see assets/payroll/README.md)')
            break
        }
        'bko;payroll;rates;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;rates;import' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First month it applies to (pay, premium or work month, per table)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last month it applies to')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;set' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First work month (YYYY-MM)')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'Monthly salary')
            [CompletionResult]::new('--hourly', '--hourly', [CompletionResultType]::ParameterName, 'Hourly wage')
            [CompletionResult]::new('--allowance', '--allowance', [CompletionResultType]::ParameterName, 'An allowance NAME=AMOUNT[:nontax][:excluded] (repeat; replaces the list)')
            [CompletionResult]::new('--commuting', '--commuting', [CompletionResultType]::ParameterName, '通勤手当 per month')
            [CompletionResult]::new('--dependents', '--dependents', [CompletionResultType]::ParameterName, '扶養親族等の数')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'kou (甲) or otsu (乙)')
            [CompletionResult]::new('--resident-tax', '--resident-tax', [CompletionResultType]::ParameterName, '住民税 per month (July-May)')
            [CompletionResult]::new('--resident-tax-june', '--resident-tax-june', [CompletionResultType]::ParameterName, '住民税 in June')
            [CompletionResult]::new('--prefecture', '--prefecture', [CompletionResultType]::ParameterName, 'Health-insurance prefecture (13, 東京都 or Tokyo)')
            [CompletionResult]::new('--social-insurance', '--social-insurance', [CompletionResultType]::ParameterName, 'Enrolled in health insurance and pension')
            [CompletionResult]::new('--employment-insurance', '--employment-insurance', [CompletionResultType]::ParameterName, 'Enrolled in employment insurance')
            [CompletionResult]::new('--attendance-deductions', '--attendance-deductions', [CompletionResultType]::ParameterName, 'Whether absences and lateness reduce monthly pay (no: staff without timecards)')
            [CompletionResult]::new('--standard-monthly', '--standard-monthly', [CompletionResultType]::ParameterName, '標準報酬月額')
            [CompletionResult]::new('--bank-code', '--bank-code', [CompletionResultType]::ParameterName, 'Bank: 銀行番号 (4 digits)')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, 'Bank name (kana)')
            [CompletionResult]::new('--branch-code', '--branch-code', [CompletionResultType]::ParameterName, '支店番号 (3 digits)')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, 'Branch name (kana)')
            [CompletionResult]::new('--account-type', '--account-type', [CompletionResultType]::ParameterName, '1 普通, 2 当座, 4 貯蓄')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, '口座番号 (7 digits)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--clear-allowances', '--clear-allowances', [CompletionResultType]::ParameterName, 'Remove every allowance')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;settings' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;grade' {
            [CompletionResult]::new('--remuneration', '--remuneration', [CompletionResultType]::ParameterName, '報酬月額 (monthly remuneration incl. commuting) for 資格取得 or a change')
            [CompletionResult]::new('--teiji', '--teiji', [CompletionResultType]::ParameterName, '定時決定 for this year: the average of pay paid in April, May and June (months with at least 17 paid days), applied from September')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first work month the grade applies to (資格取得 / 随時改定)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;calc' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Pay month (YYYY-MM)')
            [CompletionResult]::new('--gross', '--gross', [CompletionResultType]::ParameterName, 'Gross pay')
            [CompletionResult]::new('--standard-monthly', '--standard-monthly', [CompletionResultType]::ParameterName, '標準報酬月額 (default: the grade of the gross)')
            [CompletionResult]::new('--age', '--age', [CompletionResultType]::ParameterName, 'Age (介護保険 from 40 to 64)')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'Birth date')
            [CompletionResult]::new('--prefecture', '--prefecture', [CompletionResultType]::ParameterName, 'Prefecture')
            [CompletionResult]::new('--dependents', '--dependents', [CompletionResultType]::ParameterName, '扶養親族等の数')
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'kou or otsu')
            [CompletionResult]::new('--non-taxable', '--non-taxable', [CompletionResultType]::ParameterName, 'The non-taxable part of gross (commuting allowance and the like)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--no-employment-insurance', '--no-employment-insurance', [CompletionResultType]::ParameterName, 'Not in employment insurance (officers)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Compute the bonuses of a pay date into a draft (run again to redo): one employee, or a CSV `employee,amount[,previous_pay]`')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The bonus slips of a pay date')
            [CompletionResult]::new('notice', 'notice', [CompletionResultType]::ParameterValue, '賞与支払届 data: per insured employee the pay date, bonus and 標準賞与額 for health and pension (after the caps), for the 日本年金機構 form or its e-Gov file')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm: post 賞与 / 法定福利費 / 預り金 / 未払費用 in one entry and lock the run')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Delete a draft bonus run')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'The confirmed bonuses of a year, one row per employee and pay date (the bonus part of the 賃金台帳; `payroll register --year` lists them with the monthly pay)')
            [CompletionResult]::new('payslips', 'payslips', [CompletionResultType]::ParameterValue, 'Write a bonus slip PDF (賞与明細書) per employee')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Write the Zengin 給与振込 file for a confirmed bonus run')
            break
        }
        'bko;payroll;bonus;run' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Employee code (with --amount)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'The bonus')
            [CompletionResult]::new('--previous-pay', '--previous-pay', [CompletionResultType]::ParameterName, 'The previous month''s pay after social insurance, when bko has no run for that month')
            [CompletionResult]::new('--from-csv', '--from-csv', [CompletionResultType]::ParameterName, 'A CSV of bonuses: employee,amount[,previous_pay]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding of the CSV')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;show' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;notice' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;confirm' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;cancel' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;register' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year (pay dates in it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;payslips' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;bonus;transfer' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Pay date')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Record an employee''s declarations for a year (扶養控除等・基礎控除・保険料控除・住宅借入金等特別控除 申告書, an earlier employer''s 源泉徴収票); given values replace those recorded, the rest stay')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record many employees'' declarations from CSV, one row each: employee, spouse, dependants (relatives separated by '';''), disability, widow, single_parent, working_student and the amounts named like the declare flags (life_new_general, housing_loan, …). Empty cells keep what is recorded; ''none'' removes a spouse or the dependants. All or nothing')
            [CompletionResult]::new('calc', 'calc', [CompletionResultType]::ParameterValue, 'The adjustment of every employee paid in the year (or one), step by step, from the confirmed runs and the declarations; who is left out and why')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Settle the adjustment in the year''s last pay: each refund or extra tax becomes a line of that month''s (draft) payslip and is posted with the run — or, with --settle-separately when that run is already confirmed, is posted on its own at once (once per year)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The year''s paperwork as data: the 給与支払報告書 per employee with the municipality it goes to (statements), its 総括表 per municipality (summary), or the 源泉徴収簿 (book)')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Write the Zengin 給与振込 file paying the refunds of a 年末調整 settled on its own (`apply --settle-separately`)')
            [CompletionResult]::new('slips', 'slips', [CompletionResultType]::ParameterValue, 'Write the 源泉徴収票 PDFs of a year: one per employee paid in it (leavers, 乙欄 and over-¥20M employees too, without adjustment), 受給者交付用 and 支払者控 on one A4 page')
            break
        }
        'bko;payroll;yearend;declare' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('--spouse', '--spouse', [CompletionResultType]::ParameterName, 'The spouse: BIRTH[:INCOME][:disability=general|special][:together][:name=NAME]')
            [CompletionResult]::new('--dependant', '--dependant', [CompletionResultType]::ParameterName, 'A supported relative (repeat; replaces the list): BIRTH[:INCOME][:disability=…][:together][:name=NAME][:relation=子|父|母|…]')
            [CompletionResult]::new('--disability', '--disability', [CompletionResultType]::ParameterName, 'Own disability: none, general, special')
            [CompletionResult]::new('--widow', '--widow', [CompletionResultType]::ParameterName, '寡婦 (yes/no)')
            [CompletionResult]::new('--single-parent', '--single-parent', [CompletionResultType]::ParameterName, 'ひとり親 (yes/no)')
            [CompletionResult]::new('--working-student', '--working-student', [CompletionResultType]::ParameterName, '勤労学生 (yes/no)')
            [CompletionResult]::new('--other-income', '--other-income', [CompletionResultType]::ParameterName, 'Estimated income other than this pay (基礎控除申告書)')
            [CompletionResult]::new('--life-new-general', '--life-new-general', [CompletionResultType]::ParameterName, '一般生命保険料 paid, new contracts')
            [CompletionResult]::new('--life-care-medical', '--life-care-medical', [CompletionResultType]::ParameterName, '介護医療保険料 paid')
            [CompletionResult]::new('--life-new-pension', '--life-new-pension', [CompletionResultType]::ParameterName, '個人年金保険料 paid, new contracts')
            [CompletionResult]::new('--life-old-general', '--life-old-general', [CompletionResultType]::ParameterName, '一般生命保険料 paid, old contracts')
            [CompletionResult]::new('--life-old-pension', '--life-old-pension', [CompletionResultType]::ParameterName, '個人年金保険料 paid, old contracts')
            [CompletionResult]::new('--earthquake', '--earthquake', [CompletionResultType]::ParameterName, '地震保険料 paid')
            [CompletionResult]::new('--old-long-term', '--old-long-term', [CompletionResultType]::ParameterName, '旧長期損害保険料 paid')
            [CompletionResult]::new('--social-insurance', '--social-insurance', [CompletionResultType]::ParameterName, 'Social insurance paid directly (国民年金 and the like)')
            [CompletionResult]::new('--small-business-mutual', '--small-business-mutual', [CompletionResultType]::ParameterName, '小規模企業共済等掛金')
            [CompletionResult]::new('--housing-loan', '--housing-loan', [CompletionResultType]::ParameterName, '住宅借入金等特別控除 (the amount on the 申告書)')
            [CompletionResult]::new('--previous-employer-pay', '--previous-employer-pay', [CompletionResultType]::ParameterName, 'Pay from an earlier employer this year (its 源泉徴収票)')
            [CompletionResult]::new('--previous-employer-insurance', '--previous-employer-insurance', [CompletionResultType]::ParameterName, 'Social insurance at the earlier employer')
            [CompletionResult]::new('--previous-employer-tax', '--previous-employer-tax', [CompletionResultType]::ParameterName, 'Tax withheld by the earlier employer')
            [CompletionResult]::new('--previous-employer', '--previous-employer', [CompletionResultType]::ParameterName, 'The earlier employer''s name and address (printed in 摘要)')
            [CompletionResult]::new('--previous-employer-left', '--previous-employer-left', [CompletionResultType]::ParameterName, 'The day the employee left the earlier employer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--no-spouse', '--no-spouse', [CompletionResultType]::ParameterName, 'No spouse to declare (removes one recorded)')
            [CompletionResult]::new('--no-dependants', '--no-dependants', [CompletionResultType]::ParameterName, 'Remove every dependant')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;import' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;calc' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year (pay dates in it)')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;apply' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The work month whose run (a draft, paid in the year) carries it')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The settlement''s date (default: the run''s pay date); with --settle-separately')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--settle-separately', '--settle-separately', [CompletionResultType]::ParameterName, 'The month''s run is confirmed: settle on its own (refunds out of 預り金, extra tax into it), posted now')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;report' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which report')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;transfer' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;yearend;slips' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;run' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month (YYYY-MM)')
            [CompletionResult]::new('--pay-date', '--pay-date', [CompletionResultType]::ParameterName, 'Pay date (default: by payroll_pay_month / payroll_pay_day)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;show' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;confirm' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;cancel' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;register' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Pay year')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;payslips' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Directory')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payroll;transfer' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Work month')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('accounts', 'accounts', [CompletionResultType]::ParameterValue, 'Bank, card and cash accounts')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'Statement layouts: the built-in ones and your own')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a statement (全銀 or a bank''s CSV download); lines already imported are skipped')
            [CompletionResult]::new('lines', 'lines', [CompletionResultType]::ParameterValue, 'Statement lines and how each was settled')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Match unsettled lines to open invoices, pay-outs and rules; apply what is certain')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Go through the lines left, one at a time (on a terminal), or list them with their candidates (`--format json`)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Settle one line by hand')
            [CompletionResult]::new('unmatch', 'unmatch', [CompletionResultType]::ParameterValue, 'Undo a line''s match (what it posted is reversed)')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Ordered rules for lines no match settles')
            [CompletionResult]::new('reconcile', 'reconcile', [CompletionResultType]::ParameterValue, 'The bank reconciliation (銀行勘定調整表) of an account on a day')
            [CompletionResult]::new('cash', 'cash', [CompletionResultType]::ParameterValue, 'Cash counts (金種表)')
            break
        }
        'bko;bank;accounts' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a bank, card or cash account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one field: name, kind, ledger_account, bank_code, branch_code, type, number, holder_kana, profile')
            break
        }
        'bko;bank;accounts;add' {
            [CompletionResult]::new('--ledger-account', '--ledger-account', [CompletionResultType]::ParameterName, 'The ledger account its lines post to (default by kind: 普通預金, 未払金, 現金); a sub-account such as 普通預金/三菱UFJ works as well as a shared one')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'bank, card or cash')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A name to show')
            [CompletionResult]::new('--bank-code', '--bank-code', [CompletionResultType]::ParameterName, '金融機関コード (4 digits)')
            [CompletionResult]::new('--branch-code', '--branch-code', [CompletionResultType]::ParameterName, '支店コード (3 digits)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, '預金種目: 普通, 当座 or 貯蓄')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, '口座番号 (a 全銀 file for another number is refused)')
            [CompletionResult]::new('--holder-kana', '--holder-kana', [CompletionResultType]::ParameterName, '口座名義 in kana')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The statement layout its CSV files use (`bko bank profiles list`); default: detected')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;accounts;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;accounts;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;accounts;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;profiles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Describe a statement layout bko does not know')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the layouts (yours first, then the built-in ones)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one layout as JSON')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write your layouts as JSON (to move them to another database)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add or replace layouts from a JSON file written by `export`')
            break
        }
        'bko;bank;profiles;add' {
            [CompletionResult]::new('--date-column', '--date-column', [CompletionResultType]::ParameterName, 'The date column (or three: year, month, day, comma-separated)')
            [CompletionResult]::new('--date-format', '--date-format', [CompletionResultType]::ParameterName, 'chrono date format, e.g. %Y/%m/%d, %Y%m%d, %Y年%m月%d日')
            [CompletionResult]::new('--amount-column', '--amount-column', [CompletionResultType]::ParameterName, 'One signed amount column (+ in, − out)')
            [CompletionResult]::new('--in-column', '--in-column', [CompletionResultType]::ParameterName, 'The money-in column')
            [CompletionResult]::new('--out-column', '--out-column', [CompletionResultType]::ParameterName, 'The money-out column')
            [CompletionResult]::new('--description-columns', '--description-columns', [CompletionResultType]::ParameterName, 'Columns joined into the description (comma-separated)')
            [CompletionResult]::new('--balance-column', '--balance-column', [CompletionResultType]::ParameterName, 'The balance column')
            [CompletionResult]::new('--id-column', '--id-column', [CompletionResultType]::ParameterName, 'The column with the bank''s id of each line')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'auto, cp932, utf-8 or utf-16')
            [CompletionResult]::new('--skip-lines', '--skip-lines', [CompletionResultType]::ParameterName, 'Lines before the header (default: found by the column names)')
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'What the layout is')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--newest-first', '--newest-first', [CompletionResultType]::ParameterName, 'The file lists the newest line first')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'A card statement: positive amounts are charges')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;profiles;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;profiles;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;profiles;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;profiles;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;import' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The bank account it belongs to (a 全銀 file names its own)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The layout (default: the account''s, else detected)')
            [CompletionResult]::new('--through', '--through', [CompletionResultType]::ParameterName, 'The last day the download covers, when later than its last line')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and check everything, store nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;lines' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Bank account code (default: all)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--unmatched', '--unmatched', [CompletionResultType]::ParameterName, 'Only lines not settled yet')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;match' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Bank account code (default: all)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be applied, change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;review' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Bank account code (default: all)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;apply' {
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Invoices this deposit pays (oldest first; the last takes the rest)')
            [CompletionResult]::new('--entry', '--entry', [CompletionResultType]::ParameterName, 'The entry already in the books that this line is the bank side of')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Post the line to this ledger account')
            [CompletionResult]::new('--tax', '--tax', [CompletionResultType]::ParameterName, 'Tax category for --account (default: the account''s)')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'Fixed lines split off before the rest goes to --account: ACCOUNT:AMOUNT[:TAX], repeatable; a negative amount sits on the bank''s side (預り金:-10210)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it needs none')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'The line needs no entry')
            [CompletionResult]::new('--remember', '--remember', [CompletionResultType]::ParameterName, 'Learn from this choice: the payer name (invoices) or a rule (account)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;unmatch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a rule (at the end, or at --position)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rules in order')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one rule')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a rule')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add rules from CSV (name,direction,account,text_op,text,min_amount,max_amount,action, target,tax,splits), all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the rules as CSV (the import''s columns)')
            break
        }
        'bko;bank;rules;add' {
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'in, out or any')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Only lines of this bank account')
            [CompletionResult]::new('--contains', '--contains', [CompletionResultType]::ParameterName, 'The description (or payer) contains this')
            [CompletionResult]::new('--exact', '--exact', [CompletionResultType]::ParameterName, 'The description is exactly this')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'The description starts with this')
            [CompletionResult]::new('--suffix', '--suffix', [CompletionResultType]::ParameterName, 'The description ends with this')
            [CompletionResult]::new('--regex', '--regex', [CompletionResultType]::ParameterName, 'The description matches this regular expression')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Smallest amount')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Largest amount')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'post, split, transfer or ignore')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Ledger account (post, split: the rest) or bank account code (transfer)')
            [CompletionResult]::new('--tax', '--tax', [CompletionResultType]::ParameterName, 'Tax category of the target line (default: the account''s)')
            [CompletionResult]::new('--split', '--split', [CompletionResultType]::ParameterName, 'Fixed lines of a split: ACCOUNT:AMOUNT[:TAX], repeatable; a negative amount sits on the bank''s side (預り金:-10210 on a fee paid net of withholding)')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Where in the order (lower first; default: at the end)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;rules;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;reconcile' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Bank account code')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;bank;cash' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Count the cash (金種表) and compare it with the books')
            break
        }
        'bko;bank;cash;count' {
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Cash account code')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day (default: today)')
            [CompletionResult]::new('--denominations', '--denominations', [CompletionResultType]::ParameterName, 'Pieces per denomination: "10000=3,5000=1,1000=7,500=2,100=4"')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--post', '--post', [CompletionResultType]::ParameterName, 'Post a difference to 雑収入 / 雑損失')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('suppliers', 'suppliers', [CompletionResultType]::ParameterValue, 'Suppliers (支払先)')
            [CompletionResult]::new('bills', 'bills', [CompletionResultType]::ParameterValue, 'Bills received')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Build the draft payment run: open bills due by a day, one transfer per supplier (replaces an earlier draft)')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'Payment runs, or one run''s transfers')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Write a run''s 全銀 総合振込 file (種別 21, the bills'' numbers as EDI)')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Confirm a run: the payments are posted and the bills settled')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Drop a draft run')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Pay a bill by hand (cash, card, a transfer made elsewhere)')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse a confirmed run or a payment made by hand (entries mirrored, bills owed again)')
            [CompletionResult]::new('withholding', 'withholding', [CompletionResultType]::ParameterValue, 'Income tax withheld in a month (fees paid, salaries and bonuses), due by the 10th of the next: the 所得税徴収高計算書 figures')
            [CompletionResult]::new('statements', 'statements', [CompletionResultType]::ParameterValue, 'The year''s 支払調書: payees with withholding paid more than ¥50,000 (`-o FILE.pdf`: the slips as PDF)')
            [CompletionResult]::new('due', 'due', [CompletionResultType]::ParameterValue, 'Open bills due within a time from today (or overdue)')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open bills by how long past due')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, '取適法: covered bills due more than 60 days after receipt, fees charged to covered suppliers (exit 4 when found)')
            [CompletionResult]::new('transition', 'transition', [CompletionResultType]::ParameterValue, 'The 経過措置 table: the creditable share of an unregistered supplier''s tax by date')
            break
        }
        'bko;payables;suppliers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a supplier')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add or replace suppliers from CSV (code,name,kana,registration_number,address,bank_code, branch_code,bank_name,branch_name,account_type,account_number,holder_kana,terms, fee_bearer,covered,withholding,expense_account,payable_account); all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List suppliers')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one supplier')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one field: name, kana, registration_number, address, bank_code, branch_code, bank_name, branch_name, account_type, account_number, holder_kana, terms, fee_bearer, covered, withholding, expense_account, payable_account')
            break
        }
        'bko;payables;suppliers;add' {
            [CompletionResult]::new('--kana', '--kana', [CompletionResultType]::ParameterName, 'Name in kana')
            [CompletionResult]::new('--registration-number', '--registration-number', [CompletionResultType]::ParameterName, 'T-number (T + 13 digits); leave out for a supplier that is not registered')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address')
            [CompletionResult]::new('--bank-code', '--bank-code', [CompletionResultType]::ParameterName, '金融機関コード (4 digits)')
            [CompletionResult]::new('--branch-code', '--branch-code', [CompletionResultType]::ParameterName, '支店コード (3 digits)')
            [CompletionResult]::new('--bank-name', '--bank-name', [CompletionResultType]::ParameterName, '銀行名 in kana (ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ); optional in the 総合振込 file')
            [CompletionResult]::new('--branch-name', '--branch-name', [CompletionResultType]::ParameterName, '支店名 in kana')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, '普通, 当座 or 貯蓄')
            [CompletionResult]::new('--account-number', '--account-number', [CompletionResultType]::ParameterName, '口座番号 (up to 7 digits)')
            [CompletionResult]::new('--holder-kana', '--holder-kana', [CompletionResultType]::ParameterName, '口座名義 in kana (written half-width into the 総合振込 file)')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms: 月末締め翌月末払い (eom+1, default), net30, ...')
            [CompletionResult]::new('--fee-bearer', '--fee-bearer', [CompletionResultType]::ParameterName, 'Who bears the transfer fee: us (default) or supplier')
            [CompletionResult]::new('--withholding', '--withholding', [CompletionResultType]::ParameterName, 'Withholding: none (default), fee (報酬 所法204) or judicial (司法書士)')
            [CompletionResult]::new('--expense-account', '--expense-account', [CompletionResultType]::ParameterName, 'Default expense account of its bills')
            [CompletionResult]::new('--payable-account', '--payable-account', [CompletionResultType]::ParameterName, 'Where its bills are owed (default 未払金; 買掛金 for goods)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--covered', '--covered', [CompletionResultType]::ParameterName, '取適法 covers the relationship (a small supplier): pay within 60 days, bear the fee')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;suppliers;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;suppliers;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;suppliers;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;suppliers;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;bills' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Enter a bill received')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Enter bills from CSV (bill,supplier,number,date,received,due,name,amount,rate,account, tax_included,book_only; one row per line), all or nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List bills')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one bill with its tax per rate')
            [CompletionResult]::new('void', 'void', [CompletionResultType]::ParameterValue, 'Void a bill entered by mistake (its entry is reversed)')
            break
        }
        'bko;payables;bills;add' {
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier code')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Bill date')
            [CompletionResult]::new('--received', '--received', [CompletionResultType]::ParameterName, 'Received (default: the bill date)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Due (default: from the supplier''s terms)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The supplier''s number for the bill')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: "NAME;AMOUNT;RATE[;ACCOUNT]", repeatable')
            [CompletionResult]::new('--tax', '--tax', [CompletionResultType]::ParameterName, 'The tax per rate as the bill states it: "10=1000", repeatable')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The bill''s scan or PDF: archived in docs with its date, amount and supplier (電帳法)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--tax-included', '--tax-included', [CompletionResultType]::ParameterName, 'The line amounts include the tax')
            [CompletionResult]::new('--book-only', '--book-only', [CompletionResultType]::ParameterName, 'A book-only purchase (public transport, 出張旅費, 通勤手当, postage)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;bills;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;bills;list' {
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only this supplier''s')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;bills;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;bills;void' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the reversal (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;run' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, '振込指定日: the day the bank pays')
            [CompletionResult]::new('--due-through', '--due-through', [CompletionResultType]::ParameterName, 'Take open bills due on or before this day (default: the date)')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Only this supplier (repeatable)')
            [CompletionResult]::new('--pay', '--pay', [CompletionResultType]::ParameterName, 'Pay part of a bill now: BILL=AMOUNT (repeatable; the bill is taken whatever its due)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Pay from this account (default: the setting payables_bank_account, 普通預金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;runs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;transfer' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The run')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;confirm' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The run')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;cancel' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The run')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;pay' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Paid on')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'How much of what is owed (default: all of it)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Paid from (default: 普通預金; e.g. 現金, or a card''s 未払金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;reverse' {
            [CompletionResult]::new('--run', '--run', [CompletionResultType]::ParameterName, 'The run')
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'A payment made by hand (its id, from `bills show`)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the reversal (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;withholding' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month of payment (YYYY-MM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;statements' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Also write the slips to this PDF')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Also write the slips to this PDF')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;due' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How far ahead: 14d, 4w, 1m')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;aging' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The day (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;transition' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show the periods and their percent')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Replace the table from CSV (valid_from,valid_to,percent), e.g. when a reform is enacted')
            break
        }
        'bko;payables;transition;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;payables;transition;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a receipt to the employee''s claim of its month')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add the receipts of a claim sheet (CSV; all or nothing)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List claims')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a claim''s receipts')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a receipt from a draft claim')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft claim for approval')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve a submitted claim: it is posted (expense, input tax, owed to the employee)')
            [CompletionResult]::new('unapprove', 'unapprove', [CompletionResultType]::ParameterValue, 'Take back an approval posted by mistake (its entry reversed, the advance it used given back): the claim is a draft again')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Send a submitted claim back to its employee as a draft')
            [CompletionResult]::new('advance', 'advance', [CompletionResultType]::ParameterValue, 'Pay an employee an advance (仮払金)')
            [CompletionResult]::new('return', 'return', [CompletionResultType]::ParameterValue, 'Take back what an employee did not spend of an advance')
            [CompletionResult]::new('advances', 'advances', [CompletionResultType]::ParameterValue, 'Advances not yet settled')
            [CompletionResult]::new('repay', 'repay', [CompletionResultType]::ParameterValue, 'Repay an approved claim: with a month''s pay, or at once')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Write the 全銀 総合振込 file of the claims repaid by transfer on a day')
            break
        }
        'bko;expenses;add' {
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Employee code')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day paid')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'What was paid, tax included')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, '10, 8 or 0')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The expense account (旅費交通費, 会議費 …)')
            [CompletionResult]::new('--payee', '--payee', [CompletionResultType]::ParameterName, 'Who was paid')
            [CompletionResult]::new('--registration-number', '--registration-number', [CompletionResultType]::ParameterName, 'The payee''s T-number, when the receipt shows one')
            [CompletionResult]::new('--receipt', '--receipt', [CompletionResultType]::ParameterName, 'The receipt''s scan or photo, archived with its keys')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Purpose, route')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--book-only', '--book-only', [CompletionResultType]::ParameterName, 'Book-only: public transport, 出張旅費・日当 (creditable without a qualified invoice)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only claims in this state: draft, submitted, approved')
            [CompletionResult]::new('--employee', '--employee', [CompletionResultType]::ParameterName, 'Only this employee''s')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only this month''s (YYYY-MM)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;submit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;approve' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who approves')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it is posted (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;unapprove' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the reversal (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;reject' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;advance' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day (default: today)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The cash or bank account (default: 現金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;return' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day (default: today)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The cash or bank account (default: 現金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;advances' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;repay' {
            [CompletionResult]::new('--payroll', '--payroll', [CompletionResultType]::ParameterName, 'With the pay of this month (YYYY-MM): non-taxable, it raises the net only')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day (cash or transfer; default: today)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Paid from (default: 現金 for cash, 普通預金 for a transfer)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--cash', '--cash', [CompletionResultType]::ParameterName, 'In cash now')
            [CompletionResult]::new('--transfer', '--transfer', [CompletionResultType]::ParameterName, 'By a transfer made now')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;expenses;transfer' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day (as given to `repay --transfer --date`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('items', 'items', [CompletionResultType]::ParameterValue, 'Items: add, list')
            [CompletionResult]::new('locations', 'locations', [CompletionResultType]::ParameterValue, 'Locations: warehouses, rooms, departments, machines')
            [CompletionResult]::new('receive', 'receive', [CompletionResultType]::ParameterValue, 'Receive stock at a unit cost (posts 商品/貯蔵品 + 仮払消費税 / 買掛金)')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue stock (goods: 売上原価 / 商品; supplies: 消耗品費 / 貯蔵品) at the valuation cost')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Move stock between locations (no entry: value stays with the item)')
            [CompletionResult]::new('adjust', 'adjust', [CompletionResultType]::ParameterValue, 'Correct the quantity on hand: +QTY found, -QTY lost (posts 棚卸減耗損)')
            [CompletionResult]::new('stock', 'stock', [CompletionResultType]::ParameterValue, 'Quantity and value on hand per item (or per location)')
            [CompletionResult]::new('ledger', 'ledger', [CompletionResultType]::ParameterValue, 'An item''s movements with running quantity, unit cost and value (商品有高帳)')
            [CompletionResult]::new('reorder', 'reorder', [CompletionResultType]::ParameterValue, 'Items at or below their reorder point')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import movements from CSV: date,kind,item,quantity,unit_cost,from,to,ref (all or nothing)')
            [CompletionResult]::new('count', 'count', [CompletionResultType]::ParameterValue, 'Stocktake (棚卸): start, set or import counts, see the differences, apply them')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'Supplies consumed in a period, by where they went or by department')
            [CompletionResult]::new('book-stock', 'book-stock', [CompletionResultType]::ParameterValue, 'Book the goods stock on a date under periodic bookkeeping (三分法): posts the difference between the valued stock and the 商品 account against 期末商品棚卸高')
            break
        }
        'bko;inventory;items' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List items')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one item with what is on hand')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change one field: name, unit, method, reorder_point, reorder_qty, supplier, asset_account, expense_account, tax_rate, allow_negative')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Add items from CSV: sku,name,unit,category,method,reorder_point,reorder_qty,supplier,tax_rate (all or nothing)')
            break
        }
        'bko;inventory;items;add' {
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit (個, kg, 箱, ...)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'goods (商品, for sale) or supplies (備品・消耗品)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'moving-average (default) or fifo')
            [CompletionResult]::new('--reorder-point', '--reorder-point', [CompletionResultType]::ParameterName, 'Reorder when on hand falls to this')
            [CompletionResult]::new('--reorder-qty', '--reorder-qty', [CompletionResultType]::ParameterName, 'How much to reorder')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Default supplier')
            [CompletionResult]::new('--asset-account', '--asset-account', [CompletionResultType]::ParameterName, 'Inventory asset account (default: the category''s setting)')
            [CompletionResult]::new('--expense-account', '--expense-account', [CompletionResultType]::ParameterName, 'Expense / cost-of-sales account (default: the category''s setting)')
            [CompletionResult]::new('--tax-rate', '--tax-rate', [CompletionResultType]::ParameterName, 'Purchase tax rate: 10, 8 or 0')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--allow-negative', '--allow-negative', [CompletionResultType]::ParameterName, 'Allow negative stock')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;items;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;items;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;items;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;items;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;locations' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a location')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List locations')
            break
        }
        'bko;inventory;locations;add' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'warehouse, room, department, machine, employee, other')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;locations;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;receive' {
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'Unit cost (receive; optional for found stock)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date (default: today)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From location')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Reference (delivery note, order number)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required for adjust)')
            [CompletionResult]::new('--paid-from', '--paid-from', [CompletionResultType]::ParameterName, 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;issue' {
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'Unit cost (receive; optional for found stock)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date (default: today)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From location')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Reference (delivery note, order number)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required for adjust)')
            [CompletionResult]::new('--paid-from', '--paid-from', [CompletionResultType]::ParameterName, 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;transfer' {
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'Unit cost (receive; optional for found stock)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date (default: today)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From location')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Reference (delivery note, order number)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required for adjust)')
            [CompletionResult]::new('--paid-from', '--paid-from', [CompletionResultType]::ParameterName, 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;adjust' {
            [CompletionResult]::new('--cost', '--cost', [CompletionResultType]::ParameterName, 'Unit cost (receive; optional for found stock)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date (default: today)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From location')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To location (receive: where it arrives; issue: who or where uses it — a location or an employee code, which becomes a location of kind employee on first use)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where the stock is: where a receipt or found stock arrives, where an issue or lost stock is taken from')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Reference (delivery note, order number)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required for adjust)')
            [CompletionResult]::new('--paid-from', '--paid-from', [CompletionResultType]::ParameterName, 'Pay a receipt from this account now instead of owing it (e.g. 普通預金)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;stock' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today)')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Only this location (implies --by-location)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--by-location', '--by-location', [CompletionResultType]::ParameterName, 'Quantities per location (value at the item''s unit cost)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;ledger' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date shown')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date shown')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;reorder' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;count' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('start', 'start', [CompletionResultType]::ParameterValue, 'Freeze the expected quantities (company-wide or at one location)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Record a counted quantity')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Record counted quantities from CSV: sku,location,counted')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Expected against counted, with the value of each difference')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Post the differences (棚卸減耗損) dated on the count date and close the count')
            break
        }
        'bko;inventory;count;start' {
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Count one location')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The count date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;count;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;count;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;count;diff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;count;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;usage' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by the location it went to, or by department (a department location, or the department of the employee it was issued to)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;inventory;book-stock' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (a month or year end)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Store files with their transaction date, amount and counterparty')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Store many files: a directory of exported names (YYYYMMDD_counterparty_amount.ext) or an index CSV (path,type,date,amount,counterparty,tags). All or nothing')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search by date range, amount range, counterparty, type, tag and words (all AND-ed)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a document''s current version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Write a document''s original bytes (hash verified)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export documents dated in a range for a tax office: files named YYYYMMDD_counterparty_amount.ext plus index.csv')
            [CompletionResult]::new('correct', 'correct', [CompletionResultType]::ParameterValue, 'Correct a document: a new version; the old one is kept')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a document logically (hidden from search, kept with its history)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version and event of a document: who, when, why')
            [CompletionResult]::new('retention', 'retention', [CompletionResultType]::ParameterValue, 'Documents past their retention period (eligible for disposal)')
            [CompletionResult]::new('dispose', 'dispose', [CompletionResultType]::ParameterValue, 'Dispose of documents past retention (their bytes are removed; the record stays)')
            [CompletionResult]::new('expiring', 'expiring', [CompletionResultType]::ParameterValue, 'Contracts ending or needing a renewal notice soon (exit 4 when there are any)')
            break
        }
        'bko;docs;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'receipt, invoice, contract, quote, delivery-note, statement, credit-note, payslip, other')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Transaction date (取引年月日)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount (取引金額)')
            [CompletionResult]::new('--counterparty', '--counterparty', [CompletionResultType]::ParameterName, 'Counterparty (取引先)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: a,b,c')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Link: entry:ID, invoice:NUMBER or employee:CODE')
            [CompletionResult]::new('--contract-start', '--contract-start', [CompletionResultType]::ParameterName, 'Contract start date')
            [CompletionResult]::new('--contract-end', '--contract-end', [CompletionResultType]::ParameterName, 'Contract end date')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Last date to give notice of (non-)renewal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;import' {
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'An index CSV: path,type,date,amount,counterparty,tags (paths relative to the CSV)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Document type for a directory import')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Text encoding of the index')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;search' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'From date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To date')
            [CompletionResult]::new('--min', '--min', [CompletionResultType]::ParameterName, 'Minimum amount')
            [CompletionResult]::new('--max', '--max', [CompletionResultType]::ParameterName, 'Maximum amount')
            [CompletionResult]::new('--counterparty', '--counterparty', [CompletionResultType]::ParameterName, 'Counterparty contains')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Type')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'Words in the title, note, counterparty, tags or extracted text (Japanese works)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include logically deleted documents')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output file (default: the original file name in the current directory)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output file (default: the original file name in the current directory)')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'An earlier version')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the output file if it exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;export' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First date')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last date')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;correct' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Replace the stored file with this one')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (required)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'receipt, invoice, contract, quote, delivery-note, statement, credit-note, payslip, other')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Transaction date (取引年月日)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount (取引金額)')
            [CompletionResult]::new('--counterparty', '--counterparty', [CompletionResultType]::ParameterName, 'Counterparty (取引先)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Tags: a,b,c')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Note')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Link: entry:ID, invoice:NUMBER or employee:CODE')
            [CompletionResult]::new('--contract-start', '--contract-start', [CompletionResultType]::ParameterName, 'Contract start date')
            [CompletionResult]::new('--contract-end', '--contract-end', [CompletionResultType]::ParameterName, 'Contract end date')
            [CompletionResult]::new('--notice', '--notice', [CompletionResultType]::ParameterName, 'Last date to give notice of (non-)renewal')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;delete' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;retention' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date (default: today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;dispose' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the history and the audit log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;docs;expiring' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'The window: 60d, 8w, 3m')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;close' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (for --accept-36 and --reopen)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Only print the checklist')
            [CompletionResult]::new('--accept-36', '--accept-36', [CompletionResultType]::ParameterName, 'Close even though a 36協定 limit is broken (needs --reason; written to the audit log)')
            [CompletionResult]::new('--reopen', '--reopen', [CompletionResultType]::ParameterName, 'Reopen the month instead (needs --force and --reason)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Required to reopen')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('month', 'month', [CompletionResultType]::ParameterValue, 'A month''s statements as CSV plus the 月次報告書 PDF')
            [CompletionResult]::new('year', 'year', [CompletionResultType]::ParameterValue, 'A fiscal year''s statements as CSV, the 年次報告書 PDF and the 弥生 / MF journal exports')
            break
        }
        'bko;report;month' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (YYYY-MM)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;report;year' {
            [CompletionResult]::new('--fiscal-year', '--fiscal-year', [CompletionResultType]::ParameterName, 'The fiscal year (the calendar year it starts in)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The directory')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The directory')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (otherwise an existing file is refused)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;audit' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('--fresh', '--fresh', [CompletionResultType]::ParameterName, 'Recreate the demo database even if it exists (only ever replaces a demo database)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'A year of payroll instead (2026 in `bko-demo-year.db`): twelve monthly runs, two bonuses, a leaver, the 年末調整 in December''s pay and everyone''s 源泉徴収票 in `gensen/`')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'bko;help' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database file [default: ./bko.db; `bko demo`: ./bko-demo.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of listings and reports')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of headers and labels (default: the company locale)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Never prompt; missing values are errors')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Only errors on stderr')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
