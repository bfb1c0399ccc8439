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
        <source>Subscription id: %1
Offer id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended, best first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users moved: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
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
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market:</source>
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
        <source>The purchase was not cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center could not be asked: %1</source>
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
        <source>Nothing else can be cancelled:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardController</name>
    <message>
        <source>Wait for the current step to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement is already bought; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences move after the replacement is bought, one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is waiting for a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification comes after the licences were moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s subscriptions are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no retired subscription to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement is already bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check blocks the purchase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy the replacement and move the licences first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription is already suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence: %1</source>
        <translation>
            <numerusform>%n user still hold the old licence: %1</numerusform>
            <numerusform>%n users still hold the old licence: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The licences have not all moved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement subscription %1 bought (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replacement bought yet for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every user holds the new licence (%n user(s))</source>
        <translation>
            <numerusform>Every user holds the new licence (%n user)</numerusform>
            <numerusform>Every user holds the new licence (%n users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence</source>
        <translation>
            <numerusform>%n user still hold the old licence</numerusform>
            <numerusform>%n users still hold the old licence</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center confirms no seat of the old subscription is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Center has not been asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n licence(s)), new subscription %3: %4</source>
        <translation>
            <numerusform>%1 → %2 (%n licence), new subscription %3: %4</numerusform>
            <numerusform>%1 → %2 (%n licences), new subscription %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Old subscription suspended on %1; Microsoft de-provisions it around %2.</source>
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
        <source>This customer is not in the last scan; scan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the purchases again before cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardPurchasePage</name>
    <message>
        <source>I understand this places an order that will be billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Ordered and provisioned. Continue to move the licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the order and waiting for the subscription to provision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-month term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-year term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-year term</source>
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
    <message numerus="yes">
        <source>Buy %n licence(s) of %1 for %2 in new commerce: %3, %4 (catalog item %5). It replaces %6 (subscription %7).</source>
        <translation>
            <numerusform>Buy %n licence of %1 for %2 in new commerce: %3, %4 (catalog item %5). It replaces %6 (subscription %7).</numerusform>
            <numerusform>Buy %n licences of %1 for %2 in new commerce: %3, %4 (catalog item %5). It replaces %6 (subscription %7).</numerusform>
        </translation>
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
</context>
<context>
    <name>om::gui::MigrationWizardReassignPage</name>
    <message>
        <source>Retry failed users</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Some users kept the retired licence (hover a result for the reason). Fix the cause in the admin centre, then retry them, or continue: the old subscription cannot be suspended while anyone holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved.</source>
        <translation>
            <numerusform>%n user moved.</numerusform>
            <numerusform>%n users moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReplacementPage</name>
    <message>
        <source>Update plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement and quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to buy instead of the retired subscription and how many licences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks:</source>
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
        <source>Checking the new choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the plan to check the new choice before you continue.</source>
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
    <message numerus="yes">
        <source>at least %1 (the product&apos;s minimum); %n user(s) hold the retired licence</source>
        <translation>
            <numerusform>at least %1 (the product&apos;s minimum); %n user holds the retired licence</numerusform>
            <numerusform>at least %1 (the product&apos;s minimum); %n users hold the retired licence</numerusform>
        </translation>
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
        <source>Kept by the upgrade</source>
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
        <source>The customer&apos;s retired subscriptions and the users whose licences will move.</source>
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
        <source>Users holding the retired licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer&apos;s subscriptions and users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no retired subscription to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n retired subscription(s) to migrate.</source>
        <translation>
            <numerusform>%1: %n retired subscription to migrate.</numerusform>
            <numerusform>%1: %n retired subscriptions to migrate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardSummaryPage</name>
    <message>
        <source>Export this customer&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The old subscription is not suspended yet.</source>
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
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardVerifyPage</name>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the old subscription…</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Suspend the retired subscription of %1 now? Its users lose nothing (they hold the new licence), but the subscription stops and Microsoft de-provisions it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old subscription is suspended.</source>
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
