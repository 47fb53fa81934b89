-- DATA-4 without a global lock: the audit log becomes 16 hash chains (shards). An append locks only its shard's head
-- row (SELECT ... FOR UPDATE in the caller's transaction), so appends in different shards run in parallel on any node.
--
--   shard        which chain the entry belongs to (0-15)
--   shard_seq    its place in that chain: 1, 2, 3 ... with no gap, so a removed entry shows
--   seq          still unique and increasing within a shard, now from a sequence (a rolled-back append leaves a gap
--                here, never in shard_seq); it orders the whole log by time for reading
--   hash_format  1: the hash written before V80 (covers seq as the place in the one chain);
--                2: covers shard, shard_seq and seq too (a different HMAC purpose, so the two never collide)
--
-- Every entry written before this migration stays as it is, hash and all: it becomes shard 0, positions 1..n
-- (shard_seq = seq, as the old chain had no gap), format 1; shard 0's next entry links to the last of them. So
-- nothing recorded before fails verification after it.
--
-- The new columns have no default: a node of the previous version (which knows nothing of shards) cannot insert
-- any more and fails the audited action instead of forking the chain. Upgrade every node together.

alter table audit_event add column shard smallint, add column shard_seq bigint, add column hash_format smallint;

alter table audit_event disable trigger audit_event_no_update;
update audit_event set shard = 0, shard_seq = seq, hash_format = 1;
alter table audit_event enable trigger audit_event_no_update;

alter table audit_event
    alter column shard set not null,
    alter column shard_seq set not null,
    alter column hash_format set not null,
    add constraint audit_event_shard_range check (shard between 0 and 15),
    add constraint audit_event_shard_seq_positive check (shard_seq > 0),
    add constraint audit_event_hash_format check (hash_format in (1, 2));
create unique index audit_event_shard_position on audit_event (shard, shard_seq);

create sequence audit_event_seq as bigint;
select setval('audit_event_seq', coalesce((select max(seq) from audit_event), 0) + 1, false);

-- One row per shard: the last entry's place and hash (the genesis, 64 zeros, while the shard is empty). Appends lock
-- this row; the verifier checks that each chain ends where its head says.
create table audit_chain_head (
    shard     smallint primary key check (shard between 0 and 15),
    shard_seq bigint not null check (shard_seq >= 0),
    seq       bigint,
    hash      text   not null
);
insert into audit_chain_head (shard, shard_seq, seq, hash)
select s, 0, null, repeat('0', 64) from generate_series(0, 15) s;
update audit_chain_head h set shard_seq = last.shard_seq, seq = last.seq, hash = last.hash
from (select shard_seq, seq, hash from audit_event where shard = 0 order by shard_seq desc limit 1) last
where h.shard = 0;
