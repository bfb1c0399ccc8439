// The default catalogue of the sandbox: the legacy offers a partner in these markets could see in
// 2019-2023 (none purchasable any more) and the new-commerce catalogue that sells today.
// Real AAD GUIDs: docs/partner-center-api.md "Legacy offers", "New commerce", "Licences", "Replacements";
// every offer id and the SKUs and plans marked fictitious are invented (prefix fa7e) because no source gives
// them.

#include "sandbox/store/SandboxCatalogue.h"

namespace om::sandbox {
namespace {

ServicePlanRecord plan(const char *id, const char *serviceName, const char *displayName)
{
    return {QString::fromLatin1(id), QString::fromLatin1(serviceName), QString::fromUtf8(displayName)};
}

const ServicePlanRecord kSalesPlan =
    plan("2da8e897-7791-486b-b08f-cc63c8129df7", "DYN365_ENTERPRISE_SALES", "Dynamics 365 for Sales");
const ServicePlanRecord kFlowPlan =
    plan("7e6d7d78-73de-46ba-83b1-6d25117334ba", "FLOW_DYN_APPS", "Flow for Dynamics 365");
const ServicePlanRecord kP1Plan = plan("d56f3deb-50d8-465a-bedb-f079817ccac1", "DYN365_ENTERPRISE_P1",
                                       "Dynamics 365 Customer Engagement Plan");
const ServicePlanRecord kCustomerServicePlan =
    plan("99340b49-fb81-4b1e-976b-8f2ae8e9394f", "DYN365_ENTERPRISE_CUSTOMER_SERVICE",
         "Dynamics 365 for Customer Service");
const ServicePlanRecord kTeamMembersEntPlan =
    plan("6a54b05e-4fab-40e7-9828-428db3b336fa", "DYN365_ENTERPRISE_TEAM_MEMBERS",
         "Dynamics 365 for Team Members");
const ServicePlanRecord kTeamMembersPlan =
    plan("4092fdb5-8d81-41d3-be76-aaba4074530b", "DYN365_TEAM_MEMBERS", "Dynamics 365 Team Members");
// FICTITIOUS: the Sales Professional service plan id was not found in any source.
const ServicePlanRecord kSalesProPlan =
    plan("fa7e0002-0000-4000-8000-000000000001", "D365_SALES_PRO", "Dynamics 365 for Sales Professional");
// FICTITIOUS: the Customer Service Professional service plan id was not found in any source.
const ServicePlanRecord kCustomerServiceProPlan =
    plan("fa7e0002-0000-4000-8000-000000000002", "DYN365_CUSTOMER_SERVICE_PRO",
         "Dynamics 365 for Customer Service Pro");
// FICTITIOUS: stands for Business Basic's service plans (Exchange, SharePoint, Teams...); kept out
// of every conflict group so it never blocks a Dynamics licence.
const ServicePlanRecord kBusinessBasicPlan = plan(
    "fa7e0002-0000-4000-8000-000000000003", "M365_BUSINESS_BASIC_SANDBOX", "Microsoft 365 Business Basic");
const ServicePlanRecord kExchangeEnterprise =
    plan("efb87545-963c-4e0d-99df-69c6916d9eb0", "EXCHANGE_S_ENTERPRISE", "Exchange Online (Plan 2)");
const ServicePlanRecord kExchangeStandard =
    plan("9aaf7827-d63c-4b61-89c3-182f06f82e5c", "EXCHANGE_S_STANDARD", "Exchange Online (Plan 1)");
const ServicePlanRecord kSharePointEnterprise =
    plan("5dbe027f-2339-4123-9542-606e4d348a72", "SHAREPOINTENTERPRISE", "SharePoint Online (Plan 2)");
const ServicePlanRecord kSharePointStandard =
    plan("c7699d2e-19aa-44de-8edf-1736da088ca1", "SHAREPOINTSTANDARD", "SharePoint Online (Plan 1)");
const ServicePlanRecord kOfficeApps =
    plan("43de0ff5-c92c-492b-9116-175376d08c38", "OFFICESUBSCRIPTION", "Microsoft 365 Apps for enterprise");
const ServicePlanRecord kSkype =
    plan("0feaeb32-d00e-4d66-bd5a-43b5b83db82c", "MCOSTANDARD", "Skype for Business Online (Plan 2)");
const ServicePlanRecord kTeams = plan("57ff2da0-773e-42df-b2af-ffb7a2317929", "TEAMS1", "Microsoft Teams");

void addMarkets(SandboxCatalogue &c)
{
    const auto euro = QStringLiteral("EUR");
    const auto euroSign = QString(QChar(0x20AC));
    c.addMarket({QStringLiteral("IT"), QStringLiteral("it-IT"), euro, euroSign});
    c.addMarket({QStringLiteral("US"), QStringLiteral("en-US"), QStringLiteral("USD"), QStringLiteral("$")});
    c.addMarket({QStringLiteral("DE"), QStringLiteral("de-DE"), euro, euroSign});
    c.addMarket(
        {QStringLiteral("GB"), QStringLiteral("en-GB"), QStringLiteral("GBP"), QString(QChar(0x00A3))});
    c.addMarket({QStringLiteral("FR"), QStringLiteral("fr-FR"), euro, euroSign});
    c.addMarket({QStringLiteral("ES"), QStringLiteral("es-ES"), euro, euroSign});
    c.addMarket({QStringLiteral("NL"), QStringLiteral("nl-NL"), euro, euroSign});
    c.addMarket({QStringLiteral("AT"), QStringLiteral("de-AT"), euro, euroSign});
    c.addMarket(
        {QStringLiteral("CH"), QStringLiteral("de-CH"), QStringLiteral("CHF"), QStringLiteral("CHF")});
    c.addMarket({QStringLiteral("IE"), QStringLiteral("en-IE"), euro, euroSign});
    c.addMarket({QStringLiteral("BE"), QStringLiteral("fr-BE"), euro, euroSign});
    c.addMarket({QStringLiteral("SE"), QStringLiteral("sv-SE"), QStringLiteral("SEK"), QStringLiteral("kr")});
}

void addSkus(SandboxCatalogue &c)
{
    c.addSku({skus::Office365E3,
              QStringLiteral("Office 365 E3"),
              QStringLiteral("ENTERPRISEPACK"),
              {kExchangeEnterprise, kSharePointEnterprise, kOfficeApps, kSkype, kTeams}});
    c.addSku({skus::Office365E1,
              QStringLiteral("Office 365 E1"),
              QStringLiteral("STANDARDPACK"),
              {kExchangeStandard, kSharePointStandard, kSkype, kTeams}});
    c.addSku({skus::SalesEnterprise,
              QStringLiteral("Dynamics 365 for Sales Enterprise Edition"),
              QStringLiteral("DYN365_ENTERPRISE_SALES"),
              {kSalesPlan, kFlowPlan}});
    c.addSku({skus::CustomerEngagementPlan,
              QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition"),
              QStringLiteral("DYN365_ENTERPRISE_PLAN1"),
              {kP1Plan, kFlowPlan}});
    c.addSku({skus::CustomerService,
              QStringLiteral("Dynamics 365 for Customer Service Enterprise Edition"),
              QStringLiteral("DYN365_ENTERPRISE_CUSTOMER_SERVICE"),
              {kCustomerServicePlan, kFlowPlan}});
    c.addSku({skus::TeamMembersEnterprise,
              QStringLiteral("Dynamics 365 for Team Members Enterprise Edition"),
              QStringLiteral("DYN365_ENTERPRISE_TEAM_MEMBERS"),
              {kTeamMembersEntPlan, kFlowPlan}});
    c.addSku({skus::TeamMembers,
              QStringLiteral("Dynamics 365 Team Members"),
              QStringLiteral("DYN365_TEAM_MEMBERS"),
              {kTeamMembersPlan, kFlowPlan}});
    c.addSku({skus::SalesProfessional,
              QStringLiteral("Dynamics 365 for Sales Professional"),
              QStringLiteral("D365_SALES_PRO"),
              {kSalesProPlan, kFlowPlan}});
    c.addSku({skus::CustomerServicePro,
              QStringLiteral("Dynamics 365 Customer Service Professional"),
              QStringLiteral("DYN365_CUSTOMER_SERVICE_PRO"),
              {kCustomerServiceProPlan, kFlowPlan}});
    c.addSku({skus::BusinessBasic,
              QStringLiteral("Microsoft 365 Business Basic"),
              QStringLiteral("O365_BUSINESS_ESSENTIALS"),
              {kBusinessBasicPlan}});
    // FICTITIOUS SKUs for the retired families (part numbers invented too).
    const auto retired = [&c](const QString &id, const char *name, const char *part,
                              const ServicePlanRecord &p) {
        c.addSku({id, QString::fromLatin1(name), QString::fromLatin1(part), {p, kFlowPlan}, true});
    };
    retired(skus::SalesCrmolBasicQo,
            "Dynamics 365 for Sales Enterprise Edition CRMOL Basic (Qualified Offer)",
            "DYN365_SALES_CRMOL_BASIC_QO", kSalesPlan);
    retired(skus::SalesFromSaQo,
            "Dynamics 365 for Sales Enterprise Edition From SA for CRM Basic (Qualified Offer)",
            "DYN365_SALES_FROM_SA_CRM_BASIC_QO", kSalesPlan);
    retired(skus::SalesAddOnQo,
            "Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic (Qualified Offer)",
            "DYN365_SALES_ADDON_CRM_BASIC_QO", kSalesPlan);
    retired(skus::CepCrmolBasicQo,
            "Dynamics 365 Customer Engagement Plan Enterprise Edition CRMOL Basic (Qualified Offer)",
            "DYN365_CEP_CRMOL_BASIC_QO", kP1Plan);
    retired(
        skus::CepFromSaQo,
        "Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM Basic (Qualified Offer)",
        "DYN365_CEP_FROM_SA_CRM_BASIC_QO", kP1Plan);
    retired(skus::CepAddOnQo,
            "Dynamics 365 Customer Engagement Plan Enterprise Edition Add-On for CRM Basic (Qualified Offer)",
            "DYN365_CEP_ADDON_CRM_BASIC_QO", kP1Plan);
}

struct SegmentVariant
{
    Segment segment;
    const char *suffix;
    const char *qualification;
};

const SegmentVariant kSegments[] = {
    {Segment::Commercial, "", ""},
    {Segment::Faculty, " for Faculty", "Academic"},
    {Segment::Students, " for Students", "Academic"},
    {Segment::Government, " (Government Pricing)", "Government"},
};

// Adds one offer per segment; government variants are sold in the US only.
void addFamily(SandboxCatalogue &c, const QString &baseName, const QString &skuId, const OfferRecord &proto)
{
    for (const SegmentVariant &v : kSegments) {
        OfferRecord o = proto;
        o.name = baseName + QString::fromLatin1(v.suffix);
        o.id = sandboxOfferId(o.name);
        o.skuId = skuId;
        o.segment = v.segment;
        if (v.segment == Segment::Government) {
            o.markets = {QStringLiteral("US")};
            // Sandbox choice: government pricing needs at least 5 seats, so the client's
            // minimum-quantity handling gets exercised by the demo tenant.
            o.minimumQuantity = std::max(o.minimumQuantity, 5);
        }
        if (v.segment == Segment::Faculty || v.segment == Segment::Students) {
            o.categoryId = QStringLiteral("Academic_Key");
            o.categoryName = QStringLiteral("Academic");
        }
        if (v.segment != Segment::Commercial)
            o.upgradeTargetOffers.clear(); // only the commercial variants have upgrade paths
        c.addOffer(o);
    }
}

void addRetiredOffers(SandboxCatalogue &c)
{
    OfferRecord retired;
    retired.isAvailableForPurchase = false;
    retired.isAutoRenewable = false;
    retired.rank = 900;
    retired.description = QStringLiteral("Retired offer: cannot be renewed or purchased since 2019-01-01.");

    const QString sales = QStringLiteral("Dynamics 365 for Sales Enterprise Edition");
    const QString cep = QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition");
    const QString crmol = QStringLiteral(" CRMOL Basic (Qualified Offer)");
    const QString fromSa = QStringLiteral(" From SA for CRM Basic (Qualified Offer)");
    const QString addOn = QStringLiteral(" Add-On for CRM Basic (Qualified Offer)");

    // Upgrade paths: NOT CONFIRMED that any existed; the sandbox offers one from the commercial CRMOL
    // Basic offers only, so most retired subscriptions have no upgrade path. Its targets are no longer
    // purchasable (legacy offers deprecated since 2022, docs/partner-center-api.md "Legacy offers"); the
    // sandbox keeps the path anyway for the upgrade-path tests.
    OfferRecord salesCrmol = retired;
    salesCrmol.upgradeTargetOffers = {sandboxOfferId(QStringLiteral("Dynamics 365 for Sales Professional"))};
    addFamily(c, sales + crmol, skus::SalesCrmolBasicQo, salesCrmol);
    addFamily(c, sales + fromSa, skus::SalesFromSaQo, retired);
    OfferRecord salesAddOn = retired;
    salesAddOn.isAddOn = true;
    salesAddOn.prerequisiteOffers = {sandboxOfferId(sales + crmol)};
    addFamily(c, sales + addOn, skus::SalesAddOnQo, salesAddOn);

    OfferRecord cepCrmol = retired;
    cepCrmol.upgradeTargetOffers = {sandboxOfferId(cep)};
    addFamily(c, cep + crmol, skus::CepCrmolBasicQo, cepCrmol);
    addFamily(c, cep + fromSa, skus::CepFromSaQo, retired);
    OfferRecord cepAddOn = retired;
    cepAddOn.isAddOn = true;
    cepAddOn.prerequisiteOffers = {sandboxOfferId(cep + crmol)};
    addFamily(c, cep + addOn, skus::CepAddOnQo, cepAddOn);
}

void addCurrentOffers(SandboxCatalogue &c)
{
    OfferRecord current;
    current.description = QStringLiteral("Dynamics 365 licence, sold per user per month.");
    current.rank = 120;
    // Section 5b: since 2022 licence seats are sold in new commerce only; whether any legacy licence
    // offer is still purchasable anywhere is NOT CONFIRMED, the sandbox treats it as no (GET /offers
    // says isAvailableForPurchase false, POST /orders answers 403/2091, a cart line carries 500600).
    current.isAvailableForPurchase = false;
    addFamily(c, QStringLiteral("Dynamics 365 for Sales Professional"), skus::SalesProfessional, current);
    addFamily(c, QStringLiteral("Dynamics 365 for Customer Service Enterprise Edition"),
              skus::CustomerService, current);
    addFamily(c, QStringLiteral("Dynamics 365 Customer Engagement Plan Enterprise Edition"),
              skus::CustomerEngagementPlan, current);
    addFamily(c, QStringLiteral("Dynamics 365 for Team Members Enterprise Edition"),
              skus::TeamMembersEnterprise, current);
    addFamily(c, QStringLiteral("Dynamics 365 for Sales Enterprise Edition"), skus::SalesEnterprise, current);
    OfferRecord teamMembers = current;
    teamMembers.maximumQuantity = 10000000; // as in the reference's Team Members example
    addFamily(c, QStringLiteral("Dynamics 365 Team Members"), skus::TeamMembers, teamMembers);

    // Look-alikes: close to the retired names but NOT retired (no "Basic (Qualified Offer)").
    const auto lookAlike = [&c, &current](const char *name, const QString &skuId) {
        OfferRecord o = current;
        o.name = QString::fromLatin1(name);
        o.id = sandboxOfferId(o.name);
        o.skuId = skuId;
        c.addOffer(o);
    };
    lookAlike("Dynamics 365 for Sales Enterprise Edition CRMOL Basic", skus::SalesEnterprise);
    lookAlike("Dynamics 365 for Sales Enterprise Edition Add-On for CRM Basic", skus::SalesEnterprise);
    lookAlike("Dynamics 365 Customer Engagement Plan Enterprise Edition From SA for CRM",
              skus::CustomerEngagementPlan);
    lookAlike("Dynamics 365 for Team Members Enterprise Edition (Qualified Offer)",
              skus::TeamMembersEnterprise);

    OfferRecord office = current;
    office.description = QStringLiteral("Office 365 suite, sold per user per month.");
    office.maximumQuantity = 300000;
    office.categoryId = QStringLiteral("Office365_Key");
    office.categoryName = QStringLiteral("Office 365");
    office.name = QStringLiteral("Office 365 E3");
    office.id = sandboxOfferId(office.name);
    office.skuId = skus::Office365E3;
    c.addOffer(office);
    office.name = QStringLiteral("Office 365 E1");
    office.id = sandboxOfferId(office.name);
    office.skuId = skus::Office365E1;
    c.addOffer(office);
}

QList<NceTermRecord> nceTerms(bool threeYear)
{
    QList<NceTermRecord> terms{{{},
                                QStringLiteral("P1M"),
                                QStringLiteral("monthly"),
                                QStringLiteral("One-Month commitment for monthly billing")},
                               {{},
                                QStringLiteral("P1Y"),
                                QStringLiteral("monthly"),
                                QStringLiteral("One-Year commitment for monthly billing")},
                               {{},
                                QStringLiteral("P1Y"),
                                QStringLiteral("annual"),
                                QStringLiteral("One-Year commitment for yearly billing")}};
    if (threeYear) {
        terms.append({{},
                      QStringLiteral("P3Y"),
                      QStringLiteral("monthly"),
                      QStringLiteral("Three-Year commitment for monthly billing")});
        terms.append({{},
                      QStringLiteral("P3Y"),
                      QStringLiteral("triennial"),
                      QStringLiteral("Three-Year commitment for triennial billing")});
    }
    return terms;
}

// One NCE SKU with its availabilities: commercial in every market, optionally education in every
// market and government in the US only (the same split the legacy government offers have).
struct NceSkuDef
{
    const char *title;
    QString skuId;
    QString provisioningId;
    bool isTrial = false;
    int maximumQuantity = 10000;
    bool threeYear = false;
    QString commercial;
    QString education;  // empty: not sold to education
    QString government; // empty: not sold to government
};

void addNceSku(SandboxCatalogue &c, const QString &productId, const NceSkuDef &def)
{
    NceSkuRecord sku;
    sku.productId = productId;
    sku.id = def.skuId;
    sku.title = QString::fromUtf8(def.title);
    sku.description = sku.title + QStringLiteral(", per user per month.");
    sku.maximumQuantity = def.maximumQuantity;
    sku.isTrial = def.isTrial;
    sku.provisioningId = def.provisioningId;
    sku.supportedBillingCycles = {QStringLiteral("monthly"), QStringLiteral("annual")};
    if (def.threeYear)
        sku.supportedBillingCycles.append(QStringLiteral("triennial"));
    c.addNceSku(sku);

    const auto availability = [&](const QString &id, const char *segment, const QStringList &markets) {
        if (id.isEmpty())
            return;
        NceAvailabilityRecord a;
        a.productId = productId;
        a.skuId = def.skuId;
        a.id = id;
        a.segment = QString::fromLatin1(segment);
        a.markets = markets;
        a.terms = nceTerms(def.threeYear);
        c.addNceAvailability(a);
    };
    availability(def.commercial, "commercial", {});
    availability(def.education, "education", {});
    availability(def.government, "government", {QStringLiteral("US")});
}

void addNceProduct(SandboxCatalogue &c, const QString &productId, const char *title,
                   const QList<NceSkuDef> &skuDefs)
{
    const QString t = QString::fromUtf8(title);
    c.addNceProduct({productId, t, t + QStringLiteral(" (new commerce, licence-based).")});
    for (const NceSkuDef &def : skuDefs)
        addNceSku(c, productId, def);
}

// The new-commerce catalogue. Titles follow today's Dynamics 365 product naming; the exact NCE catalogue
// titles are NOT CONFIRMED. No "Customer Engagement Plan" product: whether new commerce sells it at all
// is NOT CONFIRMED (docs/partner-center-api.md "Replacements"), so the sandbox does not.
void addNceCatalogue(SandboxCatalogue &c)
{
    using namespace nce;
    NceSkuDef salesPro{"Dynamics 365 Sales Professional", MainSku, skus::SalesProfessional};
    salesPro.threeYear = true; // sandbox choice: the only SKU with three-year terms
    salesPro.commercial = SalesProfessionalCommercial;
    salesPro.education = SalesProfessionalEducation;
    salesPro.government = SalesProfessionalGovernment;
    NceSkuDef salesProTrial{"Dynamics 365 Sales Professional Trial", SalesProfessionalTrialSku,
                            skus::SalesProfessional};
    salesProTrial.isTrial = true;
    salesProTrial.commercial = SalesProfessionalTrialCommercial;
    addNceProduct(c, SalesProfessionalProduct, "Dynamics 365 Sales Professional", {salesPro, salesProTrial});

    NceSkuDef salesEnterprise{"Dynamics 365 Sales Enterprise Edition", MainSku, skus::SalesEnterprise};
    salesEnterprise.commercial = SalesEnterpriseCommercial;
    addNceProduct(c, SalesEnterpriseProduct, "Dynamics 365 Sales Enterprise", {salesEnterprise});

    NceSkuDef serviceEnterprise{"Dynamics 365 Customer Service Enterprise", MainSku, skus::CustomerService};
    serviceEnterprise.commercial = CustomerServiceEnterpriseCommercial;
    serviceEnterprise.education = CustomerServiceEnterpriseEducation;
    serviceEnterprise.government = CustomerServiceEnterpriseGovernment;
    addNceProduct(c, CustomerServiceEnterpriseProduct, "Dynamics 365 Customer Service Enterprise",
                  {serviceEnterprise});

    NceSkuDef servicePro{"Dynamics 365 Customer Service Professional", MainSku, skus::CustomerServicePro};
    servicePro.commercial = CustomerServiceProfessionalCommercial;
    addNceProduct(c, CustomerServiceProfessionalProduct, "Dynamics 365 Customer Service Professional",
                  {servicePro});

    NceSkuDef teamMembers{"Dynamics 365 Team Members", MainSku, skus::TeamMembers};
    teamMembers.commercial = TeamMembersCommercial;
    teamMembers.education = TeamMembersEducation;
    teamMembers.government = TeamMembersGovernment;
    addNceProduct(c, TeamMembersProduct, "Dynamics 365 Team Members", {teamMembers});

    // Real ids and limits (the Partner Center docs' NCE examples, docs/partner-center-api.md "New commerce").
    NceSkuDef businessBasic{"Microsoft 365 Business Basic", MainSku, skus::BusinessBasic};
    businessBasic.maximumQuantity = 300;
    businessBasic.commercial = BusinessBasicCommercial;
    addNceProduct(c, BusinessBasicProduct, "Microsoft 365 Business Basic", {businessBasic});
}

} // namespace

void populateDefaultCatalogue(SandboxCatalogue &catalogue)
{
    addMarkets(catalogue);
    addSkus(catalogue);
    addRetiredOffers(catalogue);
    addCurrentOffers(catalogue);
    addNceCatalogue(catalogue);
    // Entra's "service plans that cannot be assigned at the same time" (approximate,
    // docs/partner-center-api.md "Licences"), plus the fictitious Sales Professional and Customer Service
    // Professional plans (sandbox choice: they conflict like their siblings).
    catalogue.addConflictGroup({kSalesPlan.id, kP1Plan.id, kCustomerServicePlan.id, kTeamMembersEntPlan.id,
                                kSalesProPlan.id, kCustomerServiceProPlan.id});
    // Exchange Online plan 1 and plan 2 exclude each other.
    catalogue.addConflictGroup({kExchangeEnterprise.id, kExchangeStandard.id});
}

} // namespace om::sandbox
