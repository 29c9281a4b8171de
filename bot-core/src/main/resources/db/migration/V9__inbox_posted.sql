-- An inbox entry is done once its turn is stored (same transaction) and posted once its answer was shown
-- (or it was refused or dropped): an instance that stored the turn and stopped before posting it leaves
-- an entry done but not posted, which another instance takes up and shows. Entries from before were
-- answered or are taken up as before.
alter table inbox add column posted boolean default false not null;
update inbox set posted = done;
create index inbox_unposted on inbox (posted, received_at);
