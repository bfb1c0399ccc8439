<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GuiMain</name>
    <message>
        <source>Offer Migrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::batch::BatchPlan</name>
    <message>
        <source>another runner migrates this customer now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started before (%1): the run resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot be moved as they are; the subscription stops before suspend: </source>
        <translation>
            <numerusform>%n user cannot be moved as they are; the subscription stops before suspend: </numerusform>
            <numerusform>%n users cannot be moved as they are; the subscription stops before suspend: </numerusform>
        </translation>
    </message>
    <message>
        <source>add-on of %1: migrated before its base, which is suspended only after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade with licence transfer to %1 (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such row in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is blocked; it can only be excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the migration has started; the journal&apos;s plan is kept (it can only be excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a replacement sold for this subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upgrade keeps its term; choose a new-commerce replacement instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) is below the product&apos;s minimum</source>
        <translation>
            <numerusform>%n seat is below the product&apos;s minimum</numerusform>
            <numerusform>%n seats are below the product&apos;s minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) is above the product&apos;s maximum</source>
        <translation>
            <numerusform>%n seat is above the product&apos;s maximum</numerusform>
            <numerusform>%n seats are above the product&apos;s maximum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough seats for the %n user(s) to move</source>
        <translation>
            <numerusform>not enough seats for the %n user to move</numerusform>
            <numerusform>not enough seats for the %n users to move</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::batch::BatchPlanner</name>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change made before no longer fits: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::batch::BatchRunner</name>
    <message numerus="yes">
        <source>%n seat(s) by upgrade to %1</source>
        <translation>
            <numerusform>%n seat by upgrade to %1</numerusform>
            <numerusform>%n seats by upgrade to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of %1 (%2)</source>
        <translation>
            <numerusform>%n seat of %1 (%2)</numerusform>
            <numerusform>%n seats of %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done: %n subscription(s) migrated and suspended</source>
        <translation>
            <numerusform>done: %n subscription migrated and suspended</numerusform>
            <numerusform>done: %n subscriptions migrated and suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n subscription(s) wait to be suspended</source>
        <translation>
            <numerusform>verified: %n subscription waits to be suspended</numerusform>
            <numerusform>verified: %n subscriptions wait to be suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not finished: %n of %1 subscription(s) done</source>
        <translation>
            <numerusform>not finished: %n of %1 subscription done</numerusform>
            <numerusform>not finished: %n of %1 subscriptions done</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run: every row is blocked, excluded or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits to be suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no subscription waits at &quot;verified&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled between two steps; what was done stays done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the confirmed plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan changed since it was confirmed: it now buys %1, %2 was confirmed; plan the batch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer listed as a retired subscription to migrate (suspended or changed elsewhere?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::batch::BatchSummary</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, not suspended yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) bought</source>
        <translation>
            <numerusform>%n replacement bought</numerusform>
            <numerusform>%n replacements bought</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n user moved</numerusform>
            <numerusform>%n users moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not moved</source>
        <translation>
            <numerusform>%n user not moved</numerusform>
            <numerusform>%n users not moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) suspended</source>
        <translation>
            <numerusform>%n subscription suspended</numerusform>
            <numerusform>%n subscriptions suspended</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / new subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users not moved (reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-provisioning date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (upgrade, %n seat(s))</source>
        <translation>
            <numerusform>%1 (upgrade, %n seat)</numerusform>
            <numerusform>%1 (upgrade, %n seats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seat(s)</source>
        <translation>
            <numerusform>%1, %n seat</numerusform>
            <numerusform>%1, %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::cli::BatchCommand</name>
    <message numerus="yes">
        <source>Type the number of customers to migrate (%n) to go on: </source>
        <translation>
            <numerusform>Type the number of customers to migrate (%n) to go on: </numerusform>
            <numerusform>Type the number of customers to migrate (%n) to go on: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n verified subscription(s)? Their users hold the new licences. [y/N] </source>
        <translation>
            <numerusform>Suspend %n verified subscription? Its users hold the new licences. [y/N] </numerusform>
            <numerusform>Suspend %n verified subscriptions? Their users hold the new licences. [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resuming the batch confirmed at %1 (%n customer(s))</source>
        <translation>
            <numerusform>resuming the batch confirmed at %1 (%n customer)</numerusform>
            <numerusform>resuming the batch confirmed at %1 (%n customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n customer(s): </source>
        <translation>
            <numerusform>Batch of %n customer: </numerusform>
            <numerusform>Batch of %n customers: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (not suspended)</source>
        <translation>
            <numerusform>%n verified (not suspended)</numerusform>
            <numerusform>%n verified (not suspended)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not finished</source>
        <translation>
            <numerusform>%n not finished</numerusform>
            <numerusform>%n not finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Totals: %n customer(s) to migrate</source>
        <translation>
            <numerusform>Totals: %n customer to migrate</numerusform>
            <numerusform>Totals: %n customers to migrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to move</source>
        <translation>
            <numerusform>%n user to move</numerusform>
            <numerusform>%n users to move</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to buy</source>
        <translation>
            <numerusform>%n seat to buy</numerusform>
            <numerusform>%n seats to buy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) by upgrade</source>
        <translation>
            <numerusform>%n seat by upgrade</numerusform>
            <numerusform>%n seats by upgrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) blocked (see Checks): not migrated</source>
        <translation>
            <numerusform>%n subscription blocked (see Checks): not migrated</numerusform>
            <numerusform>%n subscriptions blocked (see Checks): not migrated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) already migrated</source>
        <translation>
            <numerusform>%n subscription already migrated</numerusform>
            <numerusform>%n subscriptions already migrated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n user moved</numerusform>
            <numerusform>%n users moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing: the writes in flight finish and are recorded; nothing new starts. Press Ctrl+C again to stop at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Run &apos;offer-migrator migrate --resume&apos; (same journal) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Run &apos;offer-migrator migrate --resume --suspend-verified&apos; (same journal) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::domain::AffectedSubscriptionModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Customer id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended, best first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Subscription id: %2
Offer id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Users moved: %1 of %n</source>
        <translation>
            <numerusform>Users moved: %1 of %n</numerusform>
            <numerusform>Users moved: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::domain::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do: every retired subscription is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the migration (Ctrl+M) to see what stopped and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the migration (Ctrl+M) to choose a replacement and buy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement order was sent; open the migration to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement is bought: open the migration to move the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Users moved: %1 of %n</source>
        <translation>
            <numerusform>Users moved: %1 of %n</numerusform>
            <numerusform>Users moved: %1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user has the new licence: open the migration to suspend the old subscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::domain::MigrationState</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::domain::MigrationStatus</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought, moving users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n user(s)</source>
        <translation>
            <numerusform>Needs attention: %n user</numerusform>
            <numerusform>Needs attention: %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought, moving users: %1 of %n moved</source>
        <translation>
            <numerusform>Bought, moving users: %1 of %n moved</numerusform>
            <numerusform>Bought, moving users: %1 of %n moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::domain::RetiredOffer</name>
    <message>
        <source>Faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From SA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>segment · variant</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::domain::Urgency</name>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::domain::UserTableModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage location: a licence cannot be assigned until one is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::engine::Planner</name>
    <message>
        <source>%1 (%2) is %3: nothing to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no active retired-offer subscription to migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AAD SKU of the old subscription is unknown (provisioningstatus needs an App+User token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no usage location: Partner Center will refuse the new licence until one is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also holds %2, whose service plan cannot be enabled together with the new licence: remove or exclude it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not enough units: %n user(s) to move, %1 bought + %2 free</source>
        <translation>
            <numerusform>not enough units: %n user to move, %1 bought + %2 free</numerusform>
            <numerusform>not enough units: %n users to move, %1 bought + %2 free</numerusform>
        </translation>
    </message>
    <message>
        <source>no user holds the old SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s market is unknown: the subscription&apos;s offer link has no country and the customer has no billing address country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a legacy offer id, and Partner Center sells replacements only in new commerce: choose %2:%3 (%4) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a legacy offer id, and Partner Center sells replacements only in new commerce: choose a product id, product:sku or product:sku:availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a product id, product:sku or product:sku:availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 is not sold in market %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered in market %2 for the %3 segment any more (availability ids are reissued): choose %4:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no purchasable SKU in market %2 for the %3 segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the recommended replacements (%1) is sold in new commerce in market %2 for the %3 segment: choose one with --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue does not say which licence %1 provides (no provisioningId on its SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no term in market %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not offered with term %2 and billing %3; offered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 is below the minimum of %2 for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity %1 is above the maximum of %2 for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being moved to the new licence, so they can no longer be excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded and keeps the old licence, so the old subscription cannot be suspended while they hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subscription&apos;s migration has already started, so it cannot be switched to suspend only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence, so the subscription cannot be suspended without a replacement: they are moved first.</source>
        <translation>
            <numerusform>%n user still holds the old licence, so the subscription cannot be suspended without a replacement: they are moved first.</numerusform>
            <numerusform>%n users still hold the old licence, so the subscription cannot be suspended without a replacement: they are moved first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds the old licence: the subscription can be suspended without buying a replacement, once you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend only: nobody holds the old licence, so nothing is bought and nobody is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user who holds the old licence is excluded: nobody is moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::AccountDialog</name>
    <message>
        <source>Connect your Partner Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Migrator reads your customers from Partner Center. Enter your partner tenant and your app registration, sign in and test the connection; or try the sandbox with demo data first. Settings, Account changes this later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::AccountPage</name>
    <message>
        <source>Sandbox address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox: demo data, nothing real is read or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Partner Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the app in Entra ID (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Entra admin center, App registrations, New registration; redirect URI: platform &quot;Mobile and desktop applications&quot;, &lt;b&gt;http://localhost&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Authentication: set &lt;b&gt;Allow public client flows&lt;/b&gt; to Yes.&lt;/li&gt;&lt;li&gt;API permissions: add Microsoft Partner Center, delegated &lt;b&gt;user_impersonation&lt;/b&gt;, then &lt;b&gt;Grant admin consent&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Sign in as a Partner Center user with the &lt;b&gt;Admin agent&lt;/b&gt; role and &lt;b&gt;multi-factor authentication&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Copy the directory (tenant) id and the application (client) id from the app&apos;s Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the directory id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center operated by 21Vianet (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (for testing: not a real account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: for read-only app-only scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored only in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Migrator works with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::AccountSession</name>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sign-in could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::AccountSetupController</name>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: this account&apos;s sign-in and client secret were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant: its directory id or a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application (client) id of your app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) id is a GUID: copy it from the app registration&apos;s Overview page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sandbox&apos;s address, for example http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in for this account is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Partner Center as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is kept in the keychain, nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::AppController</name>
    <message>
        <source>The last scan could not be read: %1 Scan again to refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be kept for the next start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n customer(s).</source>
        <translation>
            <numerusform>Scanned %n customer.</numerusform>
            <numerusform>Scanned %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox (no account configured) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s); licences are shown for the first %1.</source>
        <translation>
            <numerusform>%n user; licences are shown for the first %1.</numerusform>
            <numerusform>%n users; licences are shown for the first %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::BatchConfirmDialog</name>
    <message>
        <source>Confirm the purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the batch buys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy and migrate %n customer(s)</source>
        <translation>
            <numerusform>&amp;Buy and migrate %n customer</numerusform>
            <numerusform>&amp;Buy and migrate %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This batch has %n customer(s). Type the number of customers to confirm:</source>
        <translation>
            <numerusform>This batch has %n customer. Type the number of customers to confirm:</numerusform>
            <numerusform>This batch has %n customers. Type the number of customers to confirm:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchController</name>
    <message>
        <source>Choose at least one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is busy; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to run in the kept batch; it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to run in the kept batch, but it could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan can be changed only before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>upgrade of %n seat(s), nothing bought</source>
        <translation>
            <numerusform>upgrade of %n seat, nothing bought</numerusform>
            <numerusform>upgrade of %n seats, nothing bought</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to buy</source>
        <translation>
            <numerusform>%n seat to buy</numerusform>
            <numerusform>%n seats to buy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to move</source>
        <translation>
            <numerusform>%n user to move</numerusform>
            <numerusform>%n users to move</numerusform>
        </translation>
    </message>
    <message>
        <source>This places the orders below in Partner Center and moves the users&apos; licences. Each customer is billed for the seats bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscriptions stay active until you suspend the verified ones in a separate step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the batch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription waits to be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) finished.</source>
        <translation>
            <numerusform>%1 of %n customer finished.</numerusform>
            <numerusform>%1 of %n customers finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing: the running steps finish first, then nothing new starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused. %1 of %n customer(s) finished.</source>
        <translation>
            <numerusform>Paused. %1 of %n customer finished.</numerusform>
            <numerusform>Paused. %1 of %n customers finished.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the running steps finish first; no new write is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old subscription(s) verified and waiting to be suspended.</source>
        <translation>
            <numerusform>%n old subscription verified and waiting to be suspended.</numerusform>
            <numerusform>%n old subscriptions verified and waiting to be suspended.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending the verified subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. What was done stays done; %n customer(s) did not finish.</source>
        <translation>
            <numerusform>Cancelled. What was done stays done; %n customer did not finish.</numerusform>
            <numerusform>Cancelled. What was done stays done; %n customers did not finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchLauncher</name>
    <message>
        <source>Migrate &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate &amp;all shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and migrate the selected customers together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and migrate every customer the current filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n &amp;selected…</source>
        <translation>
            <numerusform>Migrate %n &amp;selected…</numerusform>
            <numerusform>Migrate %n &amp;selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrate &amp;all %n shown…</source>
        <translation>
            <numerusform>Migrate &amp;all %n shown…</numerusform>
            <numerusform>Migrate &amp;all %n shown…</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations need the journal, which could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and migrate the selected customers together (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept batch not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished batch could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its verified subscriptions wait to be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was still running when Offer Migrator closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the batch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n customer(s), confirmed on %1 by %2, did not finish. %3

Resume it now? Each customer continues from what the journal recorded; nothing is bought twice.</source>
        <translation>
            <numerusform>A batch of %n customer, confirmed on %1 by %2, did not finish. %3

Resume it now? Each customer continues from what the journal recorded; nothing is bought twice.</numerusform>
            <numerusform>A batch of %n customers, confirmed on %1 by %2, did not finish. %3

Resume it now? Each customer continues from what the journal recorded; nothing is bought twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;new batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new batch replaces the kept one. Its customers&apos; migrations stay in the journal and continue when you migrate those customers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchPlanModel</name>
    <message>
        <source>%1 (add-on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchPlanPage</name>
    <message>
        <source>C&amp;hange row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch plan&lt;/b&gt;: one row per retired subscription. Uncheck a row to leave it out; blocked rows say why they cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space includes or excludes the row, F2 edits the seats, Ctrl+E changes the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the replacement, term or seats of the selected row (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) planned</source>
        <translation>
            <numerusform>%1 of %n customer planned</numerusform>
            <numerusform>%1 of %n customers planned</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retired subscription to migrate for these customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) blocked: see Checks.</source>
        <translation>
            <numerusform>%n row blocked: see Checks.</numerusform>
            <numerusform>%n rows blocked: see Checks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inc&amp;lude row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchProgressModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n failed</source>
        <translation>
            <numerusform>%1 of %2, %n failed</numerusform>
            <numerusform>%1 of %2, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused between steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user moved and verified; the old subscription waits for the suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending the old subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated; the old subscription is suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be moved: the old subscription stays active. Fix them, then resume the batch.</source>
        <translation>
            <numerusform>%n user could not be moved: the old subscription stays active. Fix them, then resume the batch.</numerusform>
            <numerusform>%n users could not be moved: the old subscription stays active. Fix them, then resume the batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the suspend; the summary says where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what was done stays done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchRowDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n user(s) to move.</source>
        <translation>
            <numerusform>%1: %2, %n user to move.</numerusform>
            <numerusform>%1: %2, %n users to move.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term and billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term and billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchRunPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Running the batch&lt;/b&gt;: customers run a few at a time within the Partner Center rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and Cancel stop before the next write: a purchase or licence change already sent always finishes and is recorded. Nothing is lost if this window or the app closes; Offer Migrator offers to resume the batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops before the next write; what was done stays done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;uspend %n verified subscription(s)…</source>
        <translation>
            <numerusform>S&amp;uspend %n verified subscription…</numerusform>
            <numerusform>S&amp;uspend %n verified subscriptions…</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;uspend verified subscriptions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchSummaryPage</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought, users not moved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, not suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;printable summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch summary&lt;/b&gt;, from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-provisioned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company, as the customer knows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;name on the printable summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) bought</source>
        <translation>
            <numerusform>%n subscription bought</numerusform>
            <numerusform>%n subscriptions bought</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n user moved</numerusform>
            <numerusform>%n users moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old subscription(s) suspended</source>
        <translation>
            <numerusform>%n old subscription suspended</numerusform>
            <numerusform>%n old subscriptions suspended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed</source>
        <translation>
            <numerusform>%n user failed</numerusform>
            <numerusform>%n users failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable summary saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save printable summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printable summary could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchTexts</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, waiting to suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending the old subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed every 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem user(s) stay behind</source>
        <translation>
            <numerusform>%n problem user stays behind</numerusform>
            <numerusform>%n problem users stay behind</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::BatchWizard</name>
    <message>
        <source>Migrate several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend verified subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every user of these subscriptions has the new licence and was verified. Suspend %n old subscription(s) now? Partner Center de-provisions a suspended subscription after its grace period.</source>
        <translation>
            <numerusform>Every user of these subscriptions has the new licence and was verified. Suspend %n old subscription now? Partner Center de-provisions a suspended subscription after its grace period.</numerusform>
            <numerusform>Every user of these subscriptions has the new licence and was verified. Suspend %n old subscriptions now? Partner Center de-provisions a suspended subscription after its grace period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n verified subscription(s)</source>
        <translation>
            <numerusform>Suspend %n verified subscription</numerusform>
            <numerusform>Suspend %n verified subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Not suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the batch and close this window? The steps running now finish and are recorded first; nothing is lost. Offer Migrator offers to resume the batch the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::CustomerDetailPane</name>
    <message>
        <source>Retired subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer to see its retired subscriptions and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · market %2 · tenant %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscriptions of the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::CustomerFilterBar</name>
    <message>
        <source>Search customer, domain or tenant id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>Ending within %n day</numerusform>
            <numerusform>Ending within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::ExpiryChart</name>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n licence</numerusform>
            <numerusform>%n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n subscription</numerusform>
            <numerusform>%n subscriptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Term already ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3 ending (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::GuiSession</name>
    <message>
        <source>The API base URL in Settings is not your account&apos;s Partner Center, so it is not used: the sign-in is sent only to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MainWindow</name>
    <message>
        <source>&amp;Scan Partner Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every customer&apos;s subscriptions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the migration report as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart counts &amp;licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the chart counts subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Offer Migrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 of %n customer</numerusform>
            <numerusform>%1 of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n customer(s) with retired offers</source>
        <translation>
            <numerusform>Showing %1 of %n customer with retired offers</numerusform>
            <numerusform>Showing %1 of %n customers with retired offers</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired-offer licences ending per week, next 16 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired-offer subscriptions ending per week, next 16 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more licence(s) later</source>
        <translation>
            <numerusform>%n more licence later</numerusform>
            <numerusform>%n more licences later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) later</source>
        <translation>
            <numerusform>%n more subscription later</numerusform>
            <numerusform>%n more subscriptions later</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate the selected customer&apos;s retired subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration wizard is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Partner Center in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this computer&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1.

%2

Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. They take effect the next time Offer Migrator starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Offer Migrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offer Migrator %1&lt;/h3&gt;&lt;p&gt;Moves Cloud Solution Provider customers off the retired Dynamics 365 Basic (Qualified Offer) subscriptions.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer Migrator — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center &amp;account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your tenant and app registration, sign in, or switch between the sandbox and your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with retired-offer subscriptions. Enter, Ctrl+M or a double click opens the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizard</name>
    <message>
        <source>Migrate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;purchase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the replacement bought for this customer, for a refund, while new commerce allows it (7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (subscription %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1, %n licence(s), subscription %2, for a refund?

New commerce allows it until %3. Access to it ends at once and cannot be restored. The retired subscription is not touched.</source>
        <translation>
            <numerusform>Cancel %1, %n licence, subscription %2, for a refund?

New commerce allows it until %3. Access to it ends at once and cannot be restored. The retired subscription is not touched.</numerusform>
            <numerusform>Cancel %1, %n licences, subscription %2, for a refund?

New commerce allows it until %3. Access to it ends at once and cannot be restored. The retired subscription is not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchase was not cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Step 2 of 6: Replacement and quantity&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchases could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These purchases cannot be cancelled:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardController</name>
    <message>
        <source>No user is waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replacement bought yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence</source>
        <translation>
            <numerusform>%n user still holds the old licence</numerusform>
            <numerusform>%n users still hold the old licence</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center confirms no seat of the old subscription is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center has not been asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to the new licence.</source>
        <translation>
            <numerusform>%n user moved to the new licence.</numerusform>
            <numerusform>%n users moved to the new licence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences move after the replacement is bought; buy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks come after the licences moved; move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage location can be set here once the replacement is bought, for a user without one; otherwise set it in the Microsoft 365 admin centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage location was not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s subscriptions are still being read; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no retired subscription to migrate; close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement is already bought; continue with the licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change is being checked; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be checked, so nothing can be bought; change it again or close and reopen the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be bought yet because %1; change the replacement or the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription can be suspended once the replacement is bought and the licences moved; do those steps first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription is already suspended; nothing is left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) you left out keep the old licence (%1), so the old subscription cannot be suspended; tick Move for them on the licence step, or remove their licence in the admin centre.</source>
        <translation>
            <numerusform>%n user you left out keeps the old licence (%1), so the old subscription cannot be suspended; tick Move for them on the licence step, or remove their licence in the admin centre.</numerusform>
            <numerusform>%n users you left out keep the old licence (%1), so the old subscription cannot be suspended; tick Move for them on the licence step, or remove their licence in the admin centre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence (%1), so it cannot be suspended yet; retry them, or fix what the table says for each.</source>
        <translation>
            <numerusform>%n user still holds the old licence (%1), so it cannot be suspended yet; retry them, or fix what the table says for each.</numerusform>
            <numerusform>%n users still hold the old licence (%1), so it cannot be suspended yet; retry them, or fix what the table says for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every licence has moved yet; wait for the licence step to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center has not confirmed the move yet; run the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is still running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is still being read; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subscription is not part of the migration; close and reopen the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement of %1 is already bought, so it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration is finished; nobody can be left out any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the new licence, so the user can no longer be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone holds a licence of this subscription, so it needs a replacement; read the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purchases changed since they were read; choose Cancel purchase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to buy for %1: nobody holds its licence, so it is only suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement for %1 bought: %2 (new subscription %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every user who moves holds the new licence (%n user(s))</source>
        <translation>
            <numerusform>Every user who moves holds the new licence (%n user)</numerusform>
            <numerusform>Every user who moves holds the new licence (%n users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence, so it cannot be suspended</source>
        <translation>
            <numerusform>%n user left out keeps the old licence, so it cannot be suspended</numerusform>
            <numerusform>%n users left out keep the old licence, so it cannot be suspended</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center does not confirm the move yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (old subscription %2) was not migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): suspended without a replacement, as nobody held its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): to be suspended without a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New subscription %1 (%2, %n licence(s)): active.</source>
        <translation>
            <numerusform>New subscription %1 (%2, %n licence): active.</numerusform>
            <numerusform>New subscription %1 (%2, %n licences): active.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old subscription was suspended on %1; Microsoft de-provisions it around %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence.</source>
        <translation>
            <numerusform>%n user left out keeps the old licence.</numerusform>
            <numerusform>%n users left out keep the old licence.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer is not in the last scan; scan again, then export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardPurchasePage</name>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy the replacement subscription. It can be cancelled for a refund only within 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the order and waiting for the subscription to provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center bills you, the partner, for this purchase (CSP) from today. A new-commerce purchase can be cancelled for a refund only within 7 days (168 hours); after that the whole term is due. The retired subscription keeps running until it is suspended at the end of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %1 (subscription %2) of %3 to %4, %n licence(s), with Partner Center&apos;s licence transfer: users keep working. Partner Center suspends the old subscription as part of the upgrade, at once: there is no separate suspend step.</source>
        <translation>
            <numerusform>Upgrade %1 (subscription %2) of %3 to %4, %n licence, with Partner Center&apos;s licence transfer: users keep working. Partner Center suspends the old subscription as part of the upgrade, at once: there is no separate suspend step.</numerusform>
            <numerusform>Upgrade %1 (subscription %2) of %3 to %4, %n licences, with Partner Center&apos;s licence transfer: users keep working. Partner Center suspends the old subscription as part of the upgrade, at once: there is no separate suspend step.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center bills you, the partner, for the upgraded subscription (CSP) from today. Placing the order asks you to confirm the suspension first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the retired subscription of %1 now? Partner Center suspends it as part of the upgrade, at once, as a suspend would: the subscription stops and Microsoft de-provisions it later. Its users move to the new licence with the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the retired subscription. An upgrade cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand this places an order that will be billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is bought for %1 (subscription %2): nobody holds its licence, so it is only suspended, after the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) you left out keep the licence of %1: nothing is bought for them, and it cannot be suspended while they hold it.</source>
        <translation>
            <numerusform>%n user you left out keeps the licence of %1: nothing is bought for them, and it cannot be suspended while they hold it.</numerusform>
            <numerusform>%n users you left out keep the licence of %1: nothing is bought for them, and it cannot be suspended while they hold it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %n licence(s) of %1 for %2 in new commerce, %3 (catalog item %4). It replaces %5 (subscription %6).</source>
        <translation>
            <numerusform>Buy %n licence of %1 for %2 in new commerce, %3 (catalog item %4). It replaces %5 (subscription %6).</numerusform>
            <numerusform>Buy %n licences of %1 for %2 in new commerce, %3 (catalog item %4). It replaces %5 (subscription %6).</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is placed and provisioned; continue to move the licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order did not complete. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReassignPage</name>
    <message>
        <source>Reassign licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user gets the new licence; the retired one is removed in the same call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving licences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;usage location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and the result of their licence move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected user&apos;s usage location in the customer&apos;s directory, then try the licence again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set usage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country where %1 uses the licence (Microsoft calls it the usage location):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the usage location of %1 to %2 (%3) in the customer&apos;s directory, then give the user the new licence? The change is recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) kept the retired licence; the table says what to do for each, then retry them. You can also continue: the old subscription is suspended only once nobody holds it.</source>
        <translation>
            <numerusform>%n user kept the retired licence; the table says what to do for each, then retry them. You can also continue: the old subscription is suspended only once nobody holds it.</numerusform>
            <numerusform>%n users kept the retired licence; the table says what to do for each, then retry them. You can also continue: the old subscription is suspended only once nobody holds it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to the new licence.</source>
        <translation>
            <numerusform>%n user moved to the new licence.</numerusform>
            <numerusform>%n users moved to the new licence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReplacementPage</name>
    <message>
        <source>Replacement and quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n licence(s))</source>
        <translation>
            <numerusform>%1 (%n licence)</numerusform>
            <numerusform>%1 (%n licences)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term and billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (upgrade of the old subscription)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend it without a replacement (nobody holds its licence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, for each retired subscription, what to buy instead and how many licences. Changes are checked as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscriptions and their replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the selected subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscr&amp;iptions (select one to change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: suspended only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, subscription %2, %n licence(s)</source>
        <translation>
            <numerusform>%1, subscription %2, %n licence</numerusform>
            <numerusform>%1, subscription %2, %n licences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %1 (the product&apos;s minimum). %n user(s) hold the retired licence.</source>
        <translation>
            <numerusform>At least %1 (the product&apos;s minimum). %n user holds the retired licence.</numerusform>
            <numerusform>At least %1 (the product&apos;s minimum). %n users hold the retired licence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1 (subscription %2) without buying a replacement? Nobody holds its licence. It is checked once more before the suspension; Microsoft de-provisions it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend without a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your choice…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer&apos;s subscriptions and users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s retired subscriptions and the users whose licences move. Untick a user to leave them on the old licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users holding the retired licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users holding the retired licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no retired subscription to migrate; close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n retired subscription(s) to migrate.</source>
        <translation>
            <numerusform>%1 has %n retired subscription to migrate.</numerusform>
            <numerusform>%1 has %n retired subscriptions to migrate.</numerusform>
        </translation>
    </message>
    <message>
        <source>None: suspended only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence, so the old subscription cannot be suspended until they move or lose it.</source>
        <translation>
            <numerusform>%n user left out keeps the old licence, so the old subscription cannot be suspended until they move or lose it.</numerusform>
            <numerusform>%n users left out keep the old licence, so the old subscription cannot be suspended until they move or lose it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration is recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft de-provisions the old subscription around %1. Until then it can be reactivated in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this customer&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription is not suspended yet; open the wizard again to run the checks and suspend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved (%1); choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardVerifyPage</name>
    <message>
        <source>Verify and suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center is asked again whether every licence moved. Only then can the retired subscription be suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend the old subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n retired subscription(s) of %1 now? Users who moved keep working on the new licence; the old subscription stops, and Microsoft de-provisions it later.</source>
        <translation>
            <numerusform>Suspend %n retired subscription of %1 now? Users who moved keep working on the new licence; the old subscription stops, and Microsoft de-provisions it later.</numerusform>
            <numerusform>Suspend %n retired subscriptions of %1 now? Users who moved keep working on the new licence; the old subscription stops, and Microsoft de-provisions it later.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step is running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription is suspended; continue to the summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the Partner Center API of your account&apos;s cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests per minute per partner tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect the next time Offer Migrator starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an https:// address (plain http:// only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::UrgencyDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>days left · urgency word</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::UsageLocationFix</name>
    <message>
        <source>Partner Center did not answer; try again (the same request is replayed, so nothing changes twice).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::WizardTexts</name>
    <message>
        <source>Partner Center did not answer; nothing is lost (the journal keeps the progress): check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center is limiting requests right now; wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the sign-in or the permission for this customer; sign in again in Settings, check the GDAP roles, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written (%1); free disk space or check the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was stopped; start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More licences of the old subscription are in use than the plan knows of; read the customer again (close and reopen the wizard), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone was given the old licence since it was planned, so it cannot be suspended without a replacement; cancel this migration and plan the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some users still hold the old licence or lack the new one; move them (Retry failed users), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription was not suspended because users you left out still hold its licence; tick Move for them on the licence step, or remove their licence in the admin centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription was not suspended because Partner Center still shows it in use (%1); move the remaining users, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check stops the purchase (%1); change the replacement or the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center changed meanwhile (%1); check again, then retry the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center no longer knows something this step needs (%1); close and reopen the wizard to read the customer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step stopped: %1. Try it again; if it stops again, check the customer in Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is still running; wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is still being read; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed every 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::WizardUserModel</name>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the old licence, so the old subscription cannot be suspended; tick Move to include the user again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the user&apos;s usage location with “Set usage location…”; the licence is then tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has no usage location, so Partner Center will refuse the new licence; set it on the licence step, after the purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new subscription has no free licence left: raise its quantity in Partner Center, then retry the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another licence of the user conflicts with the new one: remove it in the Microsoft 365 admin centre, then retry the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center no longer finds this user: check the account in the Microsoft 365 admin centre, or untick the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the licence (%1); fix the account in the Microsoft 365 admin centre, then retry the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays on the old licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves to the new licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The licence already moved (or is moving): the user can no longer be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave the user on the old licence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::secrets::SessionSecretStore</name>
    <message>
        <source>No system keychain is available: your sign-in and secrets are kept in memory for this session only and are never written to disk. You will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in and secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::secrets::SignInErrors</name>
    <message>
        <source>The app registration does not accept this app&apos;s redirect URI: in Entra ID, App registrations, your app, Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has consented to this app yet: in Entra ID, App registrations, your app, API permissions, add Partner Center user_impersonation and click &quot;Grant admin consent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID does not know this application (client) id in this tenant: copy the id from the app registration&apos;s Overview page and check the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation requires multi-factor authentication: sign in again and complete the MFA prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user must register a multi-factor authentication method first (https://aka.ms/mfasetup), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows: in Entra ID, your app, Authentication, set &quot;Allow public client flows&quot; to Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra ID has no such tenant in this cloud: check the tenant (directory id or a verified domain such as contoso.onmicrosoft.com) and the cloud (global or 21Vianet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Run the sign-in again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Run the sign-in again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service does not know this device code. Run the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused the sign-in (HTTP 401): sign in again with multi-factor authentication, as a user of this partner tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center refused this user (HTTP 403): a Partner Center admin must give it the Admin agent role (Account settings, User management), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::secrets::SignInSession</name>
    <message>
        <source>Signed in to Partner Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
