-- MSG-2: letters go to the print vendor in daily batches (a folder with letters.pdf, manifest.csv, manifest.sha256).
-- A message in a batch is SENT, its subject and body (which hold the activation code) are cleared, and it names its batch.
create table letter_batch (
    id              uuid primary key,
    created_at      timestamptz not null,
    letter_count    integer     not null check (letter_count > 0),
    page_count      integer     not null check (page_count >= letter_count),
    folder          text        not null unique,
    pdf_sha256      text        not null,
    manifest_sha256 text        not null
);

alter table outbox_message add column letter_batch_id uuid references letter_batch (id);
