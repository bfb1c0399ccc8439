#pragma once

// Builds scan snapshots of any size for the scan cache tests and the bench.

#include "domain/ScanData.h"

namespace om::journal::test {

inline domain::ScanSnapshot makeSnapshot(int customers, int subscriptionsPerCustomer)
{
    domain::ScanSnapshot s;
    s.scannedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15, 123), Qt::UTC);
    s.environment = QStringLiteral("sandbox");
    s.customers.reserve(customers);
    for (int c = 0; c < customers; ++c) {
        domain::CustomerRecord cr;
        cr.id = QStringLiteral("cust-%1").arg(c, 6, 10, QLatin1Char('0'));
        cr.companyName = QStringLiteral("Company %1 GmbH").arg(c);
        cr.domain = QStringLiteral("company%1.onmicrosoft.com").arg(c);
        cr.market = c % 2 ? QStringLiteral("DE") : QStringLiteral("US");
        cr.subscriptions.reserve(subscriptionsPerCustomer);
        for (int i = 0; i < subscriptionsPerCustomer; ++i) {
            domain::SubscriptionRecord sr;
            sr.id = QStringLiteral("sub-%1-%2").arg(c).arg(i);
            sr.offerId = QStringLiteral("OFFER-%1").arg(i);
            sr.offerName = QStringLiteral("Dynamics 365 Sales Professional");
            sr.friendlyName = QStringLiteral("Sales %1").arg(i);
            sr.status = i % 5 ? QStringLiteral("active") : QStringLiteral("suspended");
            sr.unitType = QStringLiteral("Licenses");
            sr.etag = QStringLiteral("etag-%1").arg(i);
            sr.orderId = QStringLiteral("order-%1").arg(c);
            sr.quantity = 1 + i;
            sr.autoRenewEnabled = i % 2 == 0;
            sr.commitmentEndDate = QDate(2027, 1 + i % 12, 1 + i % 28);
            sr.creationDate = QDateTime(QDate(2025, 1 + i % 12, 1), QTime(8, 0, 0, i % 1000), Qt::UTC);
            cr.subscriptions.append(sr);
        }
        s.customers.append(cr);
    }
    return s;
}

} // namespace om::journal::test
