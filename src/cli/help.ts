export const MAIN_HELP = `scrubline — PII redaction and de-identification for contact-center JSONL

Usage: scrubline <command> [options] [FILE…]

Commands:
  redact       redact records (JSONL, or .json arrays) to stdout or -o FILE
  scan         report findings only, one JSONL line per record, no raw values
  reidentify   restore the originals of encrypt tokens, with the key
  eval         score detection on labelled data (../shared/corpus format)

Run \`scrubline <command> --help\` for a command's options and examples.

Options:
  -h, --help       this help
  -v, --version    the version

Exit codes:
  0    done (also when the reader closed the pipe, e.g. | head)
  1    usage or configuration error (bad option, config, pattern file or key)
  2    a line could not be read (not JSON, not UTF-8, too long) under --on-error fail
  3    a detector or worker failed on a line under --on-error fail
  130  interrupted (SIGINT); 143 terminated (SIGTERM)
`;

const COMMON = `Detection and replacement:
  --config FILE             JSON settings: entities, operators, fields, skipFields, hints,
                            allow, deny, patterns, minScore, region, countries, spoken
  --entities LIST           comma-separated types to look for (default: all)
  --operator TYPE=OP        operator for a type (repeatable); TYPE may be "default";
                            OP is a name (redact, label, mask, hash, pseudonym, surrogate,
                            encrypt, shift_date, generalize, keep) or JSON with parameters:
                            --operator 'CREDIT_CARD={"operator":"mask","keep":4}'
  --fields POINTERS         comma-separated JSON Pointer patterns of the fields to scan,
                            * = any one key, ** = any depth (default: every string)
  --skip-fields POINTERS    fields never scanned or changed
  --min-score N             drop findings scoring below N (default 0.5)
  --region CC               phone region(s), comma-separated (default US)
Keys (never given on the command line):
  --key-file FILE           read the key from FILE
  --key-env NAME            read the key from variable NAME (default SCRUBLINE_KEY)
  --key-id ID               key id embedded in encrypt tokens (for rotation)
Pipeline:
  -o, --output FILE         write here (default stdout); .gz is compressed, .json is an array
  --format jsonl|json       input format for stdin (files: by extension)
  --workers N               worker threads (default: the number of cores)
  --on-error POLICY         fail (default) | skip | quarantine=FILE (line numbers only)
  --max-line-bytes N        longer lines fail closed without being read whole (default 64 MiB)
  --audit FILE              one JSONL line per finding: line, path, type, offsets, detector,
                            score, operator, token (keyed operators); never a raw value
  --quiet                   no progress bar and no summary on stderr
`;

export const REDACT_HELP = `Usage: scrubline redact [options] [FILE…]

Redacts every record of the input (JSONL files, .json arrays, .gz; stdin when no FILE or "-")
and writes them in input order. A record that cannot be scanned is never written.

${COMMON}
Examples:
  scrubline redact examples/calls.jsonl
  scrubline redact calls.jsonl.gz -o clean.jsonl.gz --workers 8 --audit audit.jsonl
  SCRUBLINE_KEY=… scrubline redact --operator default=pseudonym --operator CREDIT_CARD=mask calls.jsonl
  cat calls.jsonl | scrubline redact --fields '/turns/*/text' --on-error quarantine=bad-lines.jsonl
`;

export const SCAN_HELP = `Usage: scrubline scan [options] [FILE…]

Reports findings only: one JSONL line per record,
  {"line": n, "findings": [{"path", "type", "start", "end", "score", "detector"}]}
with no raw values.

${COMMON}
Examples:
  scrubline scan examples/calls.jsonl
  scrubline scan --entities EMAIL,PHONE calls.jsonl | jq '.findings | length'
`;

export const REIDENTIFY_HELP = `Usage: scrubline reidentify [options] [FILE…]

Restores the originals of encrypt tokens (<TYPE:…> or <TYPE:keyid:…>) in every string of
every record. A wrong key or an altered token stops with an error naming the line; the
line is not written.

Options:
  --key-file FILE      key file (repeatable, for rotated keys)
  --key-env NAME       key variable (default SCRUBLINE_KEY)
  --key-id ID          id of the key given by --key-env or a single --key-file
  -o, --output FILE    write here (default stdout)
  --quiet              no summary on stderr

Examples:
  SCRUBLINE_KEY=… scrubline reidentify tokens.jsonl
  scrubline reidentify --key-file old.key --key-file new.key --key-id v2 tokens.jsonl
`;
