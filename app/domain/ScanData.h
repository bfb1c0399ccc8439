#pragma once

// Plain data of a scan, shared by the client (which fills it), the domain models and report
// (which read it) and the scan cache (which stores it). No Qt object, cheap to copy.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace om::domain {

struct SubscriptionRecord
{
    QString id;
    QString offerId;
    QString offerName;
    QString friendlyName;
    QString status; // lower-case API enum: active, pending, suspended, expired, disabled, deleted
    QString unitType;
    QString etag;
    QString orderId;
    QString parentSubscriptionId;
    int quantity = 0;
    bool autoRenewEnabled = false;
    QDate commitmentEndDate; // the term end (inclusive)
    QDateTime creationDate;
};

struct CustomerRecord
{
    QString id; // customer tenant id
    QString companyName;
    QString domain;
    QString market; // ISO2 country; from the subscriptions' offer links (?country=XX) when the list lacks it
    QList<SubscriptionRecord> subscriptions;
};

struct ScanSnapshot
{
    QDateTime scannedAt; // UTC
    QString environment; // "sandbox" or the API base URL
    QList<CustomerRecord> customers;
};

} // namespace om::domain
