-- REG-5: since when the current subscriber's name has been on the line, as the carrier says (null: it does not).
-- A prepaid line counts as the person's only after secure-access.proofing.prepaid-tenure in their name.
alter table phone_line add column subscriber_since timestamptz;
