<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>GuiMain</name>
    <message>
        <source>Offer Migrator</source>
        <translation>Offer Migrator</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Impossibile avviare la sandbox: %1</translation>
    </message>
</context>
<context>
    <name>om::batch::BatchPlan</name>
    <message>
        <source>another runner migrates this customer now: %1</source>
        <translation>un&apos;altra esecuzione sta migrando ora questo cliente: %1</translation>
    </message>
    <message>
        <source>already migrated</source>
        <translation>già migrata</translation>
    </message>
    <message>
        <source>started before (%1): the run resumes it</source>
        <translation>iniziata in precedenza (%1): l&apos;esecuzione la riprende</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot be moved as they are; the subscription stops before suspend: </source>
        <translation>
            <numerusform>%n utente non può essere spostato così com&apos;è; la sottoscrizione si ferma prima della sospensione: </numerusform>
            <numerusform>%n utenti non possono essere spostati così come sono; la sottoscrizione si ferma prima della sospensione: </numerusform>
        </translation>
    </message>
    <message>
        <source>add-on of %1: migrated before its base, which is suspended only after it</source>
        <translation>componente aggiuntivo di %1: migrato prima della sua sottoscrizione di base, che viene sospesa solo dopo</translation>
    </message>
    <message>
        <source>upgrade with licence transfer to %1 (cannot be undone)</source>
        <translation>aggiornamento con trasferimento delle licenze a %1 (non può essere annullato)</translation>
    </message>
    <message>
        <source>no such row in the batch</source>
        <translation>la riga non esiste nel batch</translation>
    </message>
    <message>
        <source>the row is blocked; it can only be excluded</source>
        <translation>la riga è bloccata; può solo essere esclusa</translation>
    </message>
    <message>
        <source>the migration has started; the journal&apos;s plan is kept (it can only be excluded)</source>
        <translation>la migrazione è iniziata; resta il piano del registro delle operazioni (la riga può solo essere esclusa)</translation>
    </message>
    <message>
        <source>%1 is not a replacement sold for this subscription</source>
        <translation>%1 non è una sostituzione in vendita per questa sottoscrizione</translation>
    </message>
    <message>
        <source>an upgrade keeps its term; choose a new-commerce replacement instead</source>
        <translation>un aggiornamento mantiene la sua durata; scegliere invece una sostituzione del nuovo commercio</translation>
    </message>
    <message>
        <source>%1 is not offered as %2</source>
        <translation>%1 non è offerto come %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) is below the product&apos;s minimum</source>
        <translation>
            <numerusform>%n licenza è sotto il minimo del prodotto</numerusform>
            <numerusform>%n licenze sono sotto il minimo del prodotto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) is above the product&apos;s maximum</source>
        <translation>
            <numerusform>%n licenza supera il massimo del prodotto</numerusform>
            <numerusform>%n licenze superano il massimo del prodotto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not enough seats for the %n user(s) to move</source>
        <translation>
            <numerusform>licenze insufficienti per l&apos;utente da spostare (%n)</numerusform>
            <numerusform>licenze insufficienti per i %n utenti da spostare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::batch::BatchPlanner</name>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 su %2 (processo %3) dal %4</translation>
    </message>
    <message>
        <source>planning failed</source>
        <translation>pianificazione non riuscita</translation>
    </message>
    <message>
        <source>the change made before no longer fits: %1</source>
        <translation>la modifica fatta in precedenza non è più valida: %1</translation>
    </message>
</context>
<context>
    <name>om::batch::BatchRunner</name>
    <message numerus="yes">
        <source>%n seat(s) by upgrade to %1</source>
        <translation>
            <numerusform>%n licenza tramite aggiornamento a %1</numerusform>
            <numerusform>%n licenze tramite aggiornamento a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of %1 (%2)</source>
        <translation>
            <numerusform>%n licenza di %1 (%2)</numerusform>
            <numerusform>%n licenze di %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>esclusa</translation>
    </message>
    <message numerus="yes">
        <source>done: %n subscription(s) migrated and suspended</source>
        <translation>
            <numerusform>completato: %n sottoscrizione migrata e sospesa</numerusform>
            <numerusform>completato: %n sottoscrizioni migrate e sospese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n subscription(s) wait to be suspended</source>
        <translation>
            <numerusform>verificato: %n sottoscrizione in attesa di sospensione</numerusform>
            <numerusform>verificato: %n sottoscrizioni in attesa di sospensione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not finished: %n of %1 subscription(s) done</source>
        <translation>
            <numerusform>non terminato: %n sottoscrizione su %1 completata</numerusform>
            <numerusform>non terminato: %n sottoscrizioni su %1 completate</numerusform>
        </translation>
    </message>
    <message>
        <source>the batch is running</source>
        <translation>il batch è in esecuzione</translation>
    </message>
    <message>
        <source>nothing to run: every row is blocked, excluded or done</source>
        <translation>nulla da eseguire: ogni riga è bloccata, esclusa o completata</translation>
    </message>
    <message>
        <source>nothing to migrate</source>
        <translation>nulla da migrare</translation>
    </message>
    <message>
        <source>already migrated</source>
        <translation>già migrata</translation>
    </message>
    <message>
        <source>the batch is busy</source>
        <translation>il batch è occupato</translation>
    </message>
    <message>
        <source>waits to be suspended</source>
        <translation>in attesa di sospensione</translation>
    </message>
    <message>
        <source>no subscription waits at &quot;verified&quot;</source>
        <translation>nessuna sottoscrizione è in attesa nello stato &quot;verificata&quot;</translation>
    </message>
    <message>
        <source>suspending</source>
        <translation>sospensione in corso</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>avvio in corso</translation>
    </message>
    <message>
        <source>cancelled between two steps; what was done stays done</source>
        <translation>annullata tra due passaggi; ciò che è stato fatto resta fatto</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>annullata prima dell&apos;avvio</translation>
    </message>
    <message>
        <source>not in the confirmed plan</source>
        <translation>non è nel piano confermato</translation>
    </message>
    <message>
        <source>the plan changed since it was confirmed: it now buys %1, %2 was confirmed; plan the batch again</source>
        <translation>il piano è cambiato dopo la conferma: ora acquista %1, mentre era stato confermato %2; pianificare di nuovo il batch</translation>
    </message>
    <message>
        <source>no longer listed as a retired subscription to migrate (suspended or changed elsewhere?)</source>
        <translation>non è più elencata tra le sottoscrizioni ritirate da migrare (sospesa o modificata altrove?)</translation>
    </message>
</context>
<context>
    <name>om::batch::BatchSummary</name>
    <message>
        <source>not started</source>
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>verified, not suspended yet</source>
        <translation>verificata, non ancora sospesa</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>interrotta: %1</translation>
    </message>
    <message>
        <source>in progress (%1)</source>
        <translation>in corso (%1)</translation>
    </message>
    <message>
        <source>Migration summary</source>
        <translation>Riepilogo della migrazione</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>Partner: %1</translation>
    </message>
    <message>
        <source>Date: %1 (UTC)</source>
        <translation>Data: %1 (UTC)</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Batch: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s) bought</source>
        <translation>
            <numerusform>%n sostituzione acquistata</numerusform>
            <numerusform>%n sostituzioni acquistate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n utente spostato</numerusform>
            <numerusform>%n utenti spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) not moved</source>
        <translation>
            <numerusform>%n utente non spostato</numerusform>
            <numerusform>%n utenti non spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) suspended</source>
        <translation>
            <numerusform>%n sottoscrizione sospesa</numerusform>
            <numerusform>%n sottoscrizioni sospese</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Order / new subscription</source>
        <translation>Ordine / nuova sottoscrizione</translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation>Utenti spostati</translation>
    </message>
    <message>
        <source>Users not moved (reason)</source>
        <translation>Utenti non spostati (motivo)</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospensione</translation>
    </message>
    <message>
        <source>De-provisioning date</source>
        <translation>Data di annullamento del provisioning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <source>%1 (upgrade, %n seat(s))</source>
        <translation>
            <numerusform>%1 (aggiornamento, %n licenza)</numerusform>
            <numerusform>%1 (aggiornamento, %n licenze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seat(s)</source>
        <translation>
            <numerusform>%1, %n licenza</numerusform>
            <numerusform>%1, %n licenze</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>om::cli::BatchCommand</name>
    <message numerus="yes">
        <source>Type the number of customers to migrate (%n) to go on: </source>
        <translation>
            <numerusform>Digitare il numero di clienti da migrare (%n) per proseguire: </numerusform>
            <numerusform>Digitare il numero di clienti da migrare (%n) per proseguire: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n verified subscription(s)? Their users hold the new licences. [y/N] </source>
        <translation>
            <numerusform>Sospendere %n sottoscrizione verificata? I suoi utenti hanno le nuove licenze. [y/N] </numerusform>
            <numerusform>Sospendere %n sottoscrizioni verificate? I loro utenti hanno le nuove licenze. [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>resuming the batch confirmed at %1 (%n customer(s))</source>
        <translation>
            <numerusform>ripresa del batch confermato il %1 (%n cliente)</numerusform>
            <numerusform>ripresa del batch confermato il %1 (%n clienti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch of %n customer(s): </source>
        <translation>
            <numerusform>Batch di %n cliente: </numerusform>
            <numerusform>Batch di %n clienti: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n completato</numerusform>
            <numerusform>%n completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verified (not suspended)</source>
        <translation>
            <numerusform>%n verificato (non sospeso)</numerusform>
            <numerusform>%n verificati (non sospesi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not finished</source>
        <translation>
            <numerusform>%n non terminato</numerusform>
            <numerusform>%n non terminati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloccato</numerusform>
            <numerusform>%n bloccati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annullato</numerusform>
            <numerusform>%n annullati</numerusform>
        </translation>
    </message>
    <message>
        <source>EXCLUDED</source>
        <translation>ESCLUSA</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>upgrade (kept)</source>
        <translation>aggiornamento (durata mantenuta)</translation>
    </message>
    <message numerus="yes">
        <source>Totals: %n customer(s) to migrate</source>
        <translation>
            <numerusform>Totali: %n cliente da migrare</numerusform>
            <numerusform>Totali: %n clienti da migrare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n sottoscrizione</numerusform>
            <numerusform>%n sottoscrizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to move</source>
        <translation>
            <numerusform>%n utente da spostare</numerusform>
            <numerusform>%n utenti da spostare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to buy</source>
        <translation>
            <numerusform>%n licenza da acquistare</numerusform>
            <numerusform>%n licenze da acquistare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) by upgrade</source>
        <translation>
            <numerusform>%n licenza tramite aggiornamento</numerusform>
            <numerusform>%n licenze tramite aggiornamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n licenza</numerusform>
            <numerusform>%n licenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) blocked (see Checks): not migrated</source>
        <translation>
            <numerusform>%n sottoscrizione bloccata (vedere Controlli): non migrata</numerusform>
            <numerusform>%n sottoscrizioni bloccate (vedere Controlli): non migrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) already migrated</source>
        <translation>
            <numerusform>%n sottoscrizione già migrata</numerusform>
            <numerusform>%n sottoscrizioni già migrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n utente spostato</numerusform>
            <numerusform>%n utenti spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con errore</numerusform>
            <numerusform>%n con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing: the writes in flight finish and are recorded; nothing new starts. Press Ctrl+C again to stop at once.</source>
        <translation>Pausa in corso: le modifiche già inviate terminano e vengono registrate; non ne inizia nessuna nuova. Premere di nuovo Ctrl+C per fermarsi subito.</translation>
    </message>
    <message>
        <source>Paused. Run &apos;offer-migrator migrate --resume&apos; (same journal) to go on.</source>
        <translation>In pausa. Per proseguire eseguire &apos;offer-migrator migrate --resume&apos; (stesso registro delle operazioni).</translation>
    </message>
    <message>
        <source>Paused. Run &apos;offer-migrator migrate --resume --suspend-verified&apos; (same journal) to go on.</source>
        <translation>In pausa. Per proseguire eseguire &apos;offer-migrator migrate --resume --suspend-verified&apos; (stesso registro delle operazioni).</translation>
    </message>
</context>
<context>
    <name>om::domain::AffectedSubscriptionModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Auto renew</source>
        <translation>Rinnovo automatico</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimanenti</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Stato migrazione</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1
Customer id: %2</source>
        <translation>%1
ID cliente: %2</translation>
    </message>
    <message>
        <source>Recommended, best first:
%1</source>
        <translation>Consigliate, dalla migliore:
%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Subscription id: %2
Offer id: %3</source>
        <translation>%1
ID sottoscrizione: %2
ID offerta: %3</translation>
    </message>
    <message numerus="yes">
        <source>Users moved: %1 of %n</source>
        <translation>
            <numerusform>Utenti spostati: %1 su %n</numerusform>
            <numerusform>Utenti spostati: %1 su %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::domain::CustomerTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercato</translation>
    </message>
    <message>
        <source>Retired offers</source>
        <translation>Offerte ritirate</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Prima scadenza</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni rimanenti</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Stato migrazione</translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation>ID cliente: %1</translation>
    </message>
    <message>
        <source>No end date known</source>
        <translation>Data di scadenza sconosciuta</translation>
    </message>
    <message>
        <source>Term ended on %1</source>
        <translation>Periodo contrattuale terminato il %1</translation>
    </message>
    <message>
        <source>Last day of the term: %1</source>
        <translation>Ultimo giorno del periodo contrattuale: %1</translation>
    </message>
    <message>
        <source>Nothing left to do: every retired subscription is suspended.</source>
        <translation>Non resta nulla da fare: ogni sottoscrizione ritirata è sospesa.</translation>
    </message>
    <message>
        <source>Open the migration (Ctrl+M) to see what stopped and continue.</source>
        <translation>Aprire la migrazione (Ctrl+M) per vedere cosa si è fermato e continuare.</translation>
    </message>
    <message>
        <source>Open the migration (Ctrl+M) to choose a replacement and buy it.</source>
        <translation>Aprire la migrazione (Ctrl+M) per scegliere una sostituzione e acquistarla.</translation>
    </message>
    <message>
        <source>The replacement order was sent; open the migration to confirm it.</source>
        <translation>L&apos;ordine della sostituzione è stato inviato; aprire la migrazione per confermarlo.</translation>
    </message>
    <message>
        <source>The replacement is bought: open the migration to move the users.</source>
        <translation>La sostituzione è acquistata: aprire la migrazione per spostare gli utenti.</translation>
    </message>
    <message numerus="yes">
        <source>Users moved: %1 of %n</source>
        <translation>
            <numerusform>Utenti spostati: %1 su %n</numerusform>
            <numerusform>Utenti spostati: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user has the new licence: open the migration to suspend the old subscription.</source>
        <translation>Ogni utente ha la nuova licenza: aprire la migrazione per sospendere la vecchia sottoscrizione.</translation>
    </message>
</context>
<context>
    <name>om::domain::MigrationState</name>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>Purchasing</source>
        <translation>Acquisto in corso</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Sostituzione acquistata</translation>
    </message>
    <message>
        <source>Reassigning</source>
        <translation>Riassegnazione in corso</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Licenze riassegnate</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Vecchia sottoscrizione sospesa</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
</context>
<context>
    <name>om::domain::MigrationStatus</name>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>Buying the replacement</source>
        <translation>Acquisto della sostituzione</translation>
    </message>
    <message>
        <source>Bought, moving users</source>
        <translation>Acquistata, spostamento utenti</translation>
    </message>
    <message>
        <source>Ready to suspend</source>
        <translation>Pronta per la sospensione</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n user(s)</source>
        <translation>
            <numerusform>Richiede attenzione: %n utente</numerusform>
            <numerusform>Richiede attenzione: %n utenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bought, moving users: %1 of %n moved</source>
        <translation>
            <numerusform>Acquistata, spostamento utenti: %1 su %n spostato</numerusform>
            <numerusform>Acquistata, spostamento utenti: %1 su %n spostati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::domain::RetiredOffer</name>
    <message>
        <source>Faculty</source>
        <translation>Docenti</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pubblica amministrazione</translation>
    </message>
    <message>
        <source>From SA</source>
        <translation>Da SA</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>Componente aggiuntivo</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>segment · variant</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>om::domain::Urgency</name>
    <message>
        <source>ended</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>a breve</translation>
    </message>
</context>
<context>
    <name>om::domain::UserTableModel</name>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation>Posizione di utilizzo</translation>
    </message>
    <message>
        <source>Old licence</source>
        <translation>Licenza precedente</translation>
    </message>
    <message>
        <source>New licence</source>
        <translation>Nuova licenza</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Spostato</translation>
    </message>
    <message>
        <source>Already moved</source>
        <translation>Già spostato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>No usage location: a licence cannot be assigned until one is set</source>
        <translation>Nessuna posizione di utilizzo: non si può assegnare una licenza finché non viene impostata</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>ID utente: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>No licence</source>
        <translation>Nessuna licenza</translation>
    </message>
</context>
<context>
    <name>om::engine::Planner</name>
    <message>
        <source>%1 (%2) is %3: nothing to migrate</source>
        <translation>%1 (%2) è in stato %3: nulla da migrare</translation>
    </message>
    <message>
        <source>no active retired-offer subscription to migrate</source>
        <translation>nessuna sottoscrizione attiva di offerte ritirate da migrare</translation>
    </message>
    <message>
        <source>the AAD SKU of the old subscription is unknown (provisioningstatus needs an App+User token)</source>
        <translation>lo SKU AAD della vecchia sottoscrizione è sconosciuto (provisioningstatus richiede un token App+User)</translation>
    </message>
    <message>
        <source>%1 has no usage location: Partner Center will refuse the new licence until one is set</source>
        <translation>%1 non ha una posizione di utilizzo: il Centro per i partner rifiuterà la nuova licenza finché non viene impostata</translation>
    </message>
    <message>
        <source>%1 also holds %2, whose service plan cannot be enabled together with the new licence: remove or exclude it first</source>
        <translation>%1 ha anche %2, il cui piano di servizio non può essere attivato insieme alla nuova licenza: rimuoverlo o escluderlo prima</translation>
    </message>
    <message numerus="yes">
        <source>not enough units: %n user(s) to move, %1 bought + %2 free</source>
        <translation>
            <numerusform>unità insufficienti: %n utente da spostare, %1 acquistate + %2 libere</numerusform>
            <numerusform>unità insufficienti: %n utenti da spostare, %1 acquistate + %2 libere</numerusform>
        </translation>
    </message>
    <message>
        <source>no user holds the old SKU</source>
        <translation>nessun utente ha il vecchio SKU</translation>
    </message>
    <message>
        <source>the customer&apos;s market is unknown: the subscription&apos;s offer link has no country and the customer has no billing address country</source>
        <translation>il mercato del cliente è sconosciuto: il collegamento all&apos;offerta della sottoscrizione non indica il paese e il cliente non ha un paese nell&apos;indirizzo di fatturazione</translation>
    </message>
    <message>
        <source>%1 is a legacy offer id, and Partner Center sells replacements only in new commerce: choose %2:%3 (%4) instead</source>
        <translation>%1 è l&apos;ID di un&apos;offerta legacy e il Centro per i partner vende le sostituzioni solo nel nuovo commercio: scegliere invece %2:%3 (%4)</translation>
    </message>
    <message>
        <source>%1 is a legacy offer id, and Partner Center sells replacements only in new commerce: choose a product id, product:sku or product:sku:availability</source>
        <translation>%1 è l&apos;ID di un&apos;offerta legacy e il Centro per i partner vende le sostituzioni solo nel nuovo commercio: scegliere un ID prodotto, prodotto:sku o prodotto:sku:disponibilità</translation>
    </message>
    <message>
        <source>%1 is not a product id, product:sku or product:sku:availability</source>
        <translation>%1 non è un ID prodotto, prodotto:sku o prodotto:sku:disponibilità</translation>
    </message>
    <message>
        <source>product %1 is not sold in market %2</source>
        <translation>il prodotto %1 non è in vendita nel mercato %2</translation>
    </message>
    <message>
        <source>%1 is not offered in market %2 for the %3 segment any more (availability ids are reissued): choose %4:%5</source>
        <translation>%1 non è più offerto nel mercato %2 per il segmento %3 (gli ID di disponibilità vengono riemessi): scegliere %4:%5</translation>
    </message>
    <message>
        <source>%1 has no purchasable SKU in market %2 for the %3 segment</source>
        <translation>%1 non ha uno SKU acquistabile nel mercato %2 per il segmento %3</translation>
    </message>
    <message>
        <source>none of the recommended replacements (%1) is sold in new commerce in market %2 for the %3 segment: choose one with --to</source>
        <translation>nessuna delle sostituzioni consigliate (%1) è in vendita nel nuovo commercio nel mercato %2 per il segmento %3: sceglierne una con --to</translation>
    </message>
    <message>
        <source>the catalogue does not say which licence %1 provides (no provisioningId on its SKU)</source>
        <translation>il catalogo non indica quale licenza fornisce %1 (nessun provisioningId nel suo SKU)</translation>
    </message>
    <message>
        <source>%1 offers no term in market %2</source>
        <translation>%1 non offre alcuna durata nel mercato %2</translation>
    </message>
    <message>
        <source>%1 is not offered with term %2 and billing %3; offered: %4</source>
        <translation>%1 non è offerto con durata %2 e fatturazione %3; offerte disponibili: %4</translation>
    </message>
    <message>
        <source>quantity %1 is below the minimum of %2 for this product</source>
        <translation>la quantità %1 è inferiore al minimo di %2 per questo prodotto</translation>
    </message>
    <message>
        <source>quantity %1 is above the maximum of %2 for this product</source>
        <translation>la quantità %1 supera il massimo di %2 per questo prodotto</translation>
    </message>
    <message>
        <source>%1 is already being moved to the new licence, so they can no longer be excluded.</source>
        <translation>%1 è già in fase di spostamento sulla nuova licenza, quindi non può più essere escluso.</translation>
    </message>
    <message>
        <source>%1 is excluded and keeps the old licence, so the old subscription cannot be suspended while they hold it.</source>
        <translation>%1 è escluso e mantiene la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa finché la detiene.</translation>
    </message>
    <message>
        <source>This subscription&apos;s migration has already started, so it cannot be switched to suspend only.</source>
        <translation>La migrazione di questa sottoscrizione è già iniziata, quindi non può più passare alla sola sospensione.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence, so the subscription cannot be suspended without a replacement: they are moved first.</source>
        <translation>
            <numerusform>%n utente ha ancora la vecchia licenza, quindi la sottoscrizione non può essere sospesa senza una sostituzione: prima viene spostato.</numerusform>
            <numerusform>%n utenti hanno ancora la vecchia licenza, quindi la sottoscrizione non può essere sospesa senza una sostituzione: prima vengono spostati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds the old licence: the subscription can be suspended without buying a replacement, once you confirm.</source>
        <translation>Nessuno ha la vecchia licenza: la sottoscrizione può essere sospesa senza acquistare una sostituzione, dopo la conferma.</translation>
    </message>
    <message>
        <source>Suspend only: nobody holds the old licence, so nothing is bought and nobody is moved.</source>
        <translation>Solo sospensione: nessuno ha la vecchia licenza, quindi non si acquista nulla e non si sposta nessuno.</translation>
    </message>
    <message>
        <source>Every user who holds the old licence is excluded: nobody is moved.</source>
        <translation>Tutti gli utenti con la vecchia licenza sono esclusi: nessuno viene spostato.</translation>
    </message>
</context>
<context>
    <name>om::gui::AccountDialog</name>
    <message>
        <source>Connect your Partner Center account</source>
        <translation>Collega il tuo account del Centro per i partner</translation>
    </message>
    <message>
        <source>Offer Migrator reads your customers from Partner Center. Enter your partner tenant and your app registration, sign in and test the connection; or try the sandbox with demo data first. Settings, Account changes this later.</source>
        <translation>Offer Migrator legge i tuoi clienti dal Centro per i partner (Partner Center). Inserisci il tenant del partner e la registrazione dell&apos;app, accedi e verifica la connessione; oppure prova prima la sandbox con dati dimostrativi. Potrai cambiare in seguito da Impostazioni, Account.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
</context>
<context>
    <name>om::gui::AccountPage</name>
    <message>
        <source>Sandbox address:</source>
        <translation>Indirizzo della sandbox:</translation>
    </message>
    <message>
        <source>Keep in keychain</source>
        <translation>Conserva nel portachiavi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>The sandbox: demo data, nothing real is read or changed</source>
        <translation>La sandbox: dati dimostrativi, nulla di reale viene letto o modificato</translation>
    </message>
    <message>
        <source>This Partner Center account</source>
        <translation>Questo account del Centro per i partner</translation>
    </message>
    <message>
        <source>Register the app in Entra ID (once)</source>
        <translation>Registra l&apos;app in Entra ID (una volta sola)</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Entra admin center, App registrations, New registration; redirect URI: platform &quot;Mobile and desktop applications&quot;, &lt;b&gt;http://localhost&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Authentication: set &lt;b&gt;Allow public client flows&lt;/b&gt; to Yes.&lt;/li&gt;&lt;li&gt;API permissions: add Microsoft Partner Center, delegated &lt;b&gt;user_impersonation&lt;/b&gt;, then &lt;b&gt;Grant admin consent&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Sign in as a Partner Center user with the &lt;b&gt;Admin agent&lt;/b&gt; role and &lt;b&gt;multi-factor authentication&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Copy the directory (tenant) id and the application (client) id from the app&apos;s Overview page.</source>
        <translation>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Interfaccia di amministrazione di Entra, Registrazioni app, Nuova registrazione; URI di reindirizzamento: piattaforma &quot;Applicazioni per dispositivi mobili e desktop&quot;, &lt;b&gt;http://localhost&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Autenticazione: imposta &lt;b&gt;Consenti flussi client pubblici&lt;/b&gt; su Sì.&lt;/li&gt;&lt;li&gt;Autorizzazioni API: aggiungi Microsoft Partner Center, delegata &lt;b&gt;user_impersonation&lt;/b&gt;, poi &lt;b&gt;Concedi consenso amministratore&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Accedi come utente del Centro per i partner con il ruolo &lt;b&gt;Agente amministratore&lt;/b&gt; e l&apos;&lt;b&gt;autenticazione a più fattori&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;Copia l&apos;ID della directory (tenant) e l&apos;ID dell&apos;applicazione (client) dalla pagina Panoramica dell&apos;app.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or the directory id</source>
        <translation>contoso.onmicrosoft.com o l&apos;ID della directory</translation>
    </message>
    <message>
        <source>Partner Center (global)</source>
        <translation>Centro per i partner (globale)</translation>
    </message>
    <message>
        <source>Partner Center operated by 21Vianet (China)</source>
        <translation>Centro per i partner gestito da 21Vianet (Cina)</translation>
    </message>
    <message>
        <source>Sandbox (for testing: not a real account)</source>
        <translation>Sandbox (per le prove: non è un account reale)</translation>
    </message>
    <message>
        <source>optional: for read-only app-only scans</source>
        <translation>facoltativo: per scansioni di sola lettura solo app</translation>
    </message>
    <message>
        <source>Stored only in the system keychain, never in a file.</source>
        <translation>Conservato solo nel portachiavi di sistema, mai in un file.</translation>
    </message>
    <message>
        <source>Your partner account</source>
        <translation>Il tuo account partner</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Tenant:</translation>
    </message>
    <message>
        <source>Application (client) id:</source>
        <translation>ID applicazione (client):</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>Cloud:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segreto client:</translation>
    </message>
    <message>
        <source>Offer Migrator works with</source>
        <translation>Offer Migrator lavora con</translation>
    </message>
</context>
<context>
    <name>om::gui::AccountSession</name>
    <message>
        <source>Signed in, but the sign-in could not be kept for the next start: %1</source>
        <translation>Accesso eseguito, ma non è stato possibile conservarlo per il prossimo avvio: %1</translation>
    </message>
    <message>
        <source>The stored sign-in could not be removed: %1</source>
        <translation>Impossibile rimuovere l&apos;accesso memorizzato: %1</translation>
    </message>
</context>
<context>
    <name>om::gui::AccountSetupController</name>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Completa l&apos;accesso nel browser…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Accesso effettuato.</translation>
    </message>
    <message>
        <source>Signed out: this account&apos;s sign-in and client secret were removed from the keychain.</source>
        <translation>Disconnesso: l&apos;accesso e il segreto client di questo account sono stati rimossi dal portachiavi.</translation>
    </message>
    <message>
        <source>Enter the tenant: its directory id or a verified domain.</source>
        <translation>Inserisci il tenant: l&apos;ID della directory o un dominio verificato.</translation>
    </message>
    <message>
        <source>The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Il tenant è un ID di directory (un GUID) o un dominio come contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Enter the application (client) id of your app registration.</source>
        <translation>Inserisci l&apos;ID applicazione (client) della registrazione dell&apos;app.</translation>
    </message>
    <message>
        <source>The application (client) id is a GUID: copy it from the app registration&apos;s Overview page.</source>
        <translation>L&apos;ID applicazione (client) è un GUID: copialo dalla pagina Panoramica della registrazione dell&apos;app.</translation>
    </message>
    <message>
        <source>Enter the sandbox&apos;s address, for example http://127.0.0.1:8080.</source>
        <translation>Inserisci l&apos;indirizzo della sandbox, per esempio http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Accesso non ancora effettuato.</translation>
    </message>
    <message>
        <source>A sign-in for this account is kept in the keychain.</source>
        <translation>Un accesso per questo account è conservato nel portachiavi.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Accesso annullato.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Sign in first, then test the connection.</source>
        <translation>Prima accedi, poi verifica la connessione.</translation>
    </message>
    <message>
        <source>Connected to Partner Center as %1.</source>
        <translation>Connesso al Centro per i partner come %1.</translation>
    </message>
    <message>
        <source>The client secret is kept in the keychain, nowhere else.</source>
        <translation>Il segreto client è conservato nel portachiavi e in nessun altro posto.</translation>
    </message>
    <message>
        <source>The client secret could not be stored: %1</source>
        <translation>Impossibile conservare il segreto client: %1</translation>
    </message>
</context>
<context>
    <name>om::gui::AppController</name>
    <message>
        <source>The last scan could not be read: %1 Scan again to refresh it.</source>
        <translation>Impossibile leggere l&apos;ultima scansione: %1 Eseguire una nuova scansione per aggiornarla.</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Scansione annullata.</translation>
    </message>
    <message>
        <source>The scan could not be kept for the next start: %1</source>
        <translation>Impossibile conservare la scansione per il prossimo avvio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n customer(s).</source>
        <translation>
            <numerusform>Scansione completata: %n cliente.</numerusform>
            <numerusform>Scansione completata: %n clienti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utente</numerusform>
            <numerusform>%n utenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox (no account configured) %1</source>
        <translation>Sandbox (nessun account configurato) %1</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non eseguito</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (dati dimostrativi)</translation>
    </message>
    <message>
        <source>Partner Center</source>
        <translation>Centro per i partner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s); licences are shown for the first %1.</source>
        <translation>
            <numerusform>%n utente; le licenze sono mostrate per i primi %1.</numerusform>
            <numerusform>%n utenti; le licenze sono mostrate per i primi %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::BatchConfirmDialog</name>
    <message>
        <source>Confirm the purchases</source>
        <translation>Conferma gli acquisti</translation>
    </message>
    <message>
        <source>What the batch buys</source>
        <translation>Cosa acquista il batch</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Buy and migrate %n customer(s)</source>
        <translation>
            <numerusform>&amp;Acquista e migra %n cliente</numerusform>
            <numerusform>&amp;Acquista e migra %n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This batch has %n customer(s). Type the number of customers to confirm:</source>
        <translation>
            <numerusform>Questo batch comprende %n cliente. Digitare il numero di clienti per confermare:</numerusform>
            <numerusform>Questo batch comprende %n clienti. Digitare il numero di clienti per confermare:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>Numero di clienti</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchController</name>
    <message>
        <source>Choose at least one customer.</source>
        <translation>Scegliere almeno un cliente.</translation>
    </message>
    <message>
        <source>The batch is busy; wait for it to finish.</source>
        <translation>Il batch è occupato; attendere che termini.</translation>
    </message>
    <message>
        <source>The customers could not be planned.</source>
        <translation>Impossibile pianificare i clienti.</translation>
    </message>
    <message>
        <source>Nothing is left to run in the kept batch; it is closed.</source>
        <translation>Nel batch conservato non resta nulla da eseguire; è stato chiuso.</translation>
    </message>
    <message>
        <source>Nothing is left to run in the kept batch, but it could not be closed: %1</source>
        <translation>Nel batch conservato non resta nulla da eseguire, ma non è stato possibile chiuderlo: %1</translation>
    </message>
    <message>
        <source>The plan can be changed only before it runs.</source>
        <translation>Il piano può essere modificato solo prima dell&apos;esecuzione.</translation>
    </message>
    <message>
        <source>No such row.</source>
        <translation>La riga non esiste.</translation>
    </message>
    <message numerus="yes">
        <source>upgrade of %n seat(s), nothing bought</source>
        <translation>
            <numerusform>aggiornamento di %n licenza, nessun acquisto</numerusform>
            <numerusform>aggiornamento di %n licenze, nessun acquisto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) to buy</source>
        <translation>
            <numerusform>%n licenza da acquistare</numerusform>
            <numerusform>%n licenze da acquistare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2; %3.</source>
        <translation>%1 per %2; %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to move</source>
        <translation>
            <numerusform>%n utente da spostare</numerusform>
            <numerusform>%n utenti da spostare</numerusform>
        </translation>
    </message>
    <message>
        <source>This places the orders below in Partner Center and moves the users&apos; licences. Each customer is billed for the seats bought.</source>
        <translation>Vengono inviati gli ordini seguenti nel Centro per i partner e spostate le licenze degli utenti. A ogni cliente vengono fatturate le licenze acquistate.</translation>
    </message>
    <message>
        <source>The old subscriptions stay active until you suspend the verified ones in a separate step.</source>
        <translation>Le vecchie sottoscrizioni restano attive finché non si sospendono quelle verificate, in un passaggio separato.</translation>
    </message>
    <message>
        <source>Plan the batch first.</source>
        <translation>Pianificare prima il batch.</translation>
    </message>
    <message>
        <source>The batch could not start: %1</source>
        <translation>Impossibile avviare il batch: %1</translation>
    </message>
    <message>
        <source>No subscription waits to be suspended.</source>
        <translation>Nessuna sottoscrizione è in attesa di sospensione.</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>Lettura dei clienti…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) finished.</source>
        <translation>
            <numerusform>Clienti terminati: %1 su %n.</numerusform>
            <numerusform>Clienti terminati: %1 su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing: the running steps finish first, then nothing new starts.</source>
        <translation>Messa in pausa: i passaggi in corso terminano, poi non se ne avviano altri.</translation>
    </message>
    <message numerus="yes">
        <source>Paused. %1 of %n customer(s) finished.</source>
        <translation>
            <numerusform>In pausa. Clienti terminati: %1 su %n.</numerusform>
            <numerusform>In pausa. Clienti terminati: %1 su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the running steps finish first; no new write is sent.</source>
        <translation>Annullamento: i passaggi in corso terminano; non viene inviata nessuna nuova modifica.</translation>
    </message>
    <message numerus="yes">
        <source>%n old subscription(s) verified and waiting to be suspended.</source>
        <translation>
            <numerusform>%n vecchia sottoscrizione verificata e in attesa di sospensione.</numerusform>
            <numerusform>%n vecchie sottoscrizioni verificate e in attesa di sospensione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspending the verified subscriptions…</source>
        <translation>Sospensione delle sottoscrizioni verificate…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. What was done stays done; %n customer(s) did not finish.</source>
        <translation>
            <numerusform>Annullato. Ciò che è stato fatto resta fatto; %n cliente non ha terminato.</numerusform>
            <numerusform>Annullato. Ciò che è stato fatto resta fatto; %n clienti non hanno terminato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 need attention.</source>
        <translation>Terminato. Completati: %1; da controllare: %2.</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchLauncher</name>
    <message>
        <source>Migrate &amp;selected…</source>
        <translation>Migra i &amp;selezionati…</translation>
    </message>
    <message>
        <source>Migrate &amp;all shown…</source>
        <translation>Migra &amp;tutti i visualizzati…</translation>
    </message>
    <message>
        <source>Plan and migrate the selected customers together</source>
        <translation>Pianifica e migra insieme i clienti selezionati</translation>
    </message>
    <message>
        <source>Plan and migrate every customer the current filter shows</source>
        <translation>Pianifica e migra tutti i clienti mostrati dal filtro corrente</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n &amp;selected…</source>
        <translation>
            <numerusform>Migra %n cliente &amp;selezionato…</numerusform>
            <numerusform>Migra %n clienti &amp;selezionati…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrate &amp;all %n shown…</source>
        <translation>
            <numerusform>Migra &amp;tutti (%n cliente visualizzato)…</numerusform>
            <numerusform>Migra &amp;tutti (%n clienti visualizzati)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrations need the journal, which could not be opened.</source>
        <translation>Le migrazioni richiedono il registro delle operazioni, che non è stato possibile aprire.</translation>
    </message>
    <message>
        <source>Plan and migrate the selected customers together (%1)</source>
        <translation>Pianifica e migra insieme i clienti selezionati (%1)</translation>
    </message>
    <message>
        <source>Kept batch not readable</source>
        <translation>Batch conservato non leggibile</translation>
    </message>
    <message>
        <source>The unfinished batch could not be read: %1</source>
        <translation>Impossibile leggere il batch non terminato: %1</translation>
    </message>
    <message>
        <source>Its verified subscriptions wait to be suspended.</source>
        <translation>Le sue sottoscrizioni verificate sono in attesa di sospensione.</translation>
    </message>
    <message>
        <source>It was paused.</source>
        <translation>Era stato messo in pausa.</translation>
    </message>
    <message>
        <source>It was still running when Offer Migrator closed.</source>
        <translation>Era ancora in esecuzione quando Offer Migrator è stato chiuso.</translation>
    </message>
    <message>
        <source>Resume the batch?</source>
        <translation>Riprendere il batch?</translation>
    </message>
    <message numerus="yes">
        <source>A batch of %n customer(s), confirmed on %1 by %2, did not finish. %3

Resume it now? Each customer continues from what the journal recorded; nothing is bought twice.</source>
        <translation>
            <numerusform>Un batch di %n cliente, confermato il %1 da %2, non è terminato. %3

Riprenderlo ora? Ogni cliente riprende da quanto registrato nel registro delle operazioni; nulla viene acquistato due volte.</numerusform>
            <numerusform>Un batch di %n clienti, confermato il %1 da %2, non è terminato. %3

Riprenderlo ora? Ogni cliente riprende da quanto registrato nel registro delle operazioni; nulla viene acquistato due volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume batch</source>
        <translation>&amp;Riprendi il batch</translation>
    </message>
    <message>
        <source>Start the &amp;new batch</source>
        <translation>Avvia il &amp;nuovo batch</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Non ora</translation>
    </message>
    <message>
        <source>A new batch replaces the kept one. Its customers&apos; migrations stay in the journal and continue when you migrate those customers again.</source>
        <translation>Un nuovo batch sostituisce quello conservato. Le migrazioni dei suoi clienti restano nel registro delle operazioni e proseguono quando si migrano di nuovo quei clienti.</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchPlanModel</name>
    <message>
        <source>%1 (add-on)</source>
        <translation>%1 (componente aggiuntivo)</translation>
    </message>
    <message>
        <source>None available</source>
        <translation>Nessuna disponibile</translation>
    </message>
    <message>
        <source>%1 (upgrade)</source>
        <translation>%1 (aggiornamento)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Term and billing</source>
        <translation>Durata e fatturazione</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Users to move</source>
        <translation>Utenti da spostare</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchPlanPage</name>
    <message>
        <source>C&amp;hange row…</source>
        <translation>&amp;Modifica riga…</translation>
    </message>
    <message>
        <source>E&amp;xclude row</source>
        <translation>&amp;Escludi riga</translation>
    </message>
    <message>
        <source>&amp;Confirm purchases…</source>
        <translation>&amp;Conferma acquisti…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch plan&lt;/b&gt;: one row per retired subscription. Uncheck a row to leave it out; blocked rows say why they cannot run.</source>
        <translation>&lt;b&gt;Piano del batch&lt;/b&gt;: una riga per sottoscrizione ritirata. Deselezionare una riga per escluderla; le righe bloccate indicano perché non possono essere eseguite.</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Avanzamento della pianificazione</translation>
    </message>
    <message>
        <source>Batch plan</source>
        <translation>Piano del batch</translation>
    </message>
    <message>
        <source>Space includes or excludes the row, F2 edits the seats, Ctrl+E changes the row.</source>
        <translation>La barra spaziatrice include o esclude la riga, F2 modifica le licenze, Ctrl+E modifica la riga.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totali</translation>
    </message>
    <message>
        <source>Change the replacement, term or seats of the selected row (Ctrl+E)</source>
        <translation>Modifica la sostituzione, la durata o le licenze della riga selezionata (Ctrl+E)</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modificato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) planned</source>
        <translation>
            <numerusform>Clienti pianificati: %1 su %n</numerusform>
            <numerusform>Clienti pianificati: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>Lettura dei clienti…</translation>
    </message>
    <message>
        <source>No retired subscription to migrate for these customers.</source>
        <translation>Nessuna sottoscrizione ritirata da migrare per questi clienti.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) blocked: see Checks.</source>
        <translation>
            <numerusform>%n riga bloccata: vedere Controlli.</numerusform>
            <numerusform>%n righe bloccate: vedere Controlli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inc&amp;lude row</source>
        <translation>&amp;Includi riga</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchProgressModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, %n failed</source>
        <translation>
            <numerusform>%1 su %2, %n con errore</numerusform>
            <numerusform>%1 su %2, %n con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>In attesa del proprio turno</translation>
    </message>
    <message>
        <source>Paused between steps</source>
        <translation>In pausa tra due passaggi</translation>
    </message>
    <message>
        <source>Every user moved and verified; the old subscription waits for the suspend</source>
        <translation>Tutti gli utenti spostati e verificati; la vecchia sottoscrizione attende la sospensione</translation>
    </message>
    <message>
        <source>Suspending the old subscription</source>
        <translation>Sospensione della vecchia sottoscrizione</translation>
    </message>
    <message>
        <source>Migrated; the old subscription is suspended</source>
        <translation>Migrata; la vecchia sottoscrizione è sospesa</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be moved: the old subscription stays active. Fix them, then resume the batch.</source>
        <translation>
            <numerusform>%n utente non è stato spostato: la vecchia sottoscrizione resta attiva. Risolvere il problema, poi riprendere il batch.</numerusform>
            <numerusform>%n utenti non sono stati spostati: la vecchia sottoscrizione resta attiva. Risolvere i problemi, poi riprendere il batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the suspend; the summary says where</source>
        <translation>Fermata prima della sospensione; il riepilogo indica dove</translation>
    </message>
    <message>
        <source>Excluded from the batch</source>
        <translation>Esclusa dal batch</translation>
    </message>
    <message>
        <source>Nothing to run</source>
        <translation>Nulla da eseguire</translation>
    </message>
    <message>
        <source>Cancelled; what was done stays done</source>
        <translation>Annullata; ciò che è stato fatto resta fatto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation>Utenti spostati</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchRowDialog</name>
    <message>
        <source>Change %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n user(s) to move.</source>
        <translation>
            <numerusform>%1: %2, %n utente da spostare.</numerusform>
            <numerusform>%1: %2, %n utenti da spostare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Term and billing</source>
        <translation>Durata e fatturazione</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>&amp;Sostituzione:</translation>
    </message>
    <message>
        <source>&amp;Term and billing:</source>
        <translation>&amp;Durata e fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Licenze:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modificato: %1</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchRunPage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Cancel batch</source>
        <translation>&amp;Annulla batch</translation>
    </message>
    <message>
        <source>Show &amp;summary</source>
        <translation>Mostra r&amp;iepilogo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running the batch&lt;/b&gt;: customers run a few at a time within the Partner Center rate limit.</source>
        <translation>&lt;b&gt;Esecuzione del batch&lt;/b&gt;: i clienti vengono elaborati pochi alla volta, entro il limite di richieste del Centro per i partner.</translation>
    </message>
    <message>
        <source>Pause and Cancel stop before the next write: a purchase or licence change already sent always finishes and is recorded. Nothing is lost if this window or the app closes; Offer Migrator offers to resume the batch.</source>
        <translation>Pausa e Annulla si fermano prima della modifica successiva: un acquisto o una modifica di licenza già inviati terminano sempre e vengono registrati. Se si chiude questa finestra o l&apos;app non si perde nulla; Offer Migrator propone di riprendere il batch.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Avanzamento complessivo</translation>
    </message>
    <message>
        <source>Progress per customer</source>
        <translation>Avanzamento per cliente</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Stato del batch</translation>
    </message>
    <message>
        <source>Stops before the next write; what was done stays done</source>
        <translation>Si ferma prima della modifica successiva; ciò che è stato fatto resta fatto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 su %n cliente</numerusform>
            <numerusform>%1 su %n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>S&amp;uspend %n verified subscription(s)…</source>
        <translation>
            <numerusform>So&amp;spendi %n sottoscrizione verificata…</numerusform>
            <numerusform>So&amp;spendi %n sottoscrizioni verificate…</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;uspend verified subscriptions…</source>
        <translation>So&amp;spendi sottoscrizioni verificate…</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchSummaryPage</name>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>Bought, users not moved yet</source>
        <translation>Acquistata, utenti non ancora spostati</translation>
    </message>
    <message>
        <source>Moving users</source>
        <translation>Spostamento degli utenti</translation>
    </message>
    <message>
        <source>Verified, not suspended</source>
        <translation>Verificata, non sospesa</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Sospensione in corso</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospesa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Salva &amp;report…</translation>
    </message>
    <message>
        <source>Save &amp;printable summary…</source>
        <translation>Salva riepilogo &amp;stampabile…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch summary&lt;/b&gt;, from the journal.</source>
        <translation>&lt;b&gt;Riepilogo del batch&lt;/b&gt;, dal registro delle operazioni.</translation>
    </message>
    <message>
        <source>Summary totals</source>
        <translation>Totali del riepilogo</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Riepilogo del batch</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Seats bought</source>
        <translation>Licenze acquistate</translation>
    </message>
    <message>
        <source>Users moved</source>
        <translation>Utenti spostati</translation>
    </message>
    <message>
        <source>Failed users</source>
        <translation>Utenti con errori</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>De-provisioned on</source>
        <translation>Provisioning annullato il</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nome del partner</translation>
    </message>
    <message>
        <source>Your company, as the customer knows it</source>
        <translation>La tua azienda, come la conosce il cliente</translation>
    </message>
    <message>
        <source>Partner &amp;name on the printable summary:</source>
        <translation>&amp;Nome del partner nel riepilogo stampabile:</translation>
    </message>
    <message>
        <source>The summary could not be read: %1</source>
        <translation>Impossibile leggere il riepilogo: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) bought</source>
        <translation>
            <numerusform>%n sottoscrizione acquistata</numerusform>
            <numerusform>%n sottoscrizioni acquistate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved</source>
        <translation>
            <numerusform>%n utente spostato</numerusform>
            <numerusform>%n utenti spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old subscription(s) suspended</source>
        <translation>
            <numerusform>%n vecchia sottoscrizione sospesa</numerusform>
            <numerusform>%n vecchie sottoscrizioni sospese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed</source>
        <translation>
            <numerusform>%n utente con errori</numerusform>
            <numerusform>%n utenti con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report salvato in %1</translation>
    </message>
    <message>
        <source>Printable summary saved to %1</source>
        <translation>Riepilogo stampabile salvato in %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva report</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Impossibile salvare il report: %1</translation>
    </message>
    <message>
        <source>Save printable summary</source>
        <translation>Salva riepilogo stampabile</translation>
    </message>
    <message>
        <source>Web pages (*.html);;All files (*)</source>
        <translation>Pagine web (*.html);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The printable summary could not be saved: %1</source>
        <translation>Impossibile salvare il riepilogo stampabile: %1</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchTexts</name>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Verified, waiting to suspend</source>
        <translation>Verificata, in attesa di sospensione</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>Sospensione in corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Reading the customer</source>
        <translation>Lettura del cliente</translation>
    </message>
    <message>
        <source>Buying the replacement</source>
        <translation>Acquisto della sostituzione</translation>
    </message>
    <message>
        <source>Moving users</source>
        <translation>Spostamento degli utenti</translation>
    </message>
    <message>
        <source>Verifying users</source>
        <translation>Verifica degli utenti</translation>
    </message>
    <message>
        <source>Suspending the old subscription</source>
        <translation>Sospensione della vecchia sottoscrizione</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mese</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 anni</translation>
    </message>
    <message>
        <source>billed monthly</source>
        <translation>fatturazione mensile</translation>
    </message>
    <message>
        <source>billed yearly</source>
        <translation>fatturazione annuale</translation>
    </message>
    <message>
        <source>billed every 3 years</source>
        <translation>fatturazione triennale</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Excluded: not run</source>
        <translation>Esclusa: non eseguita</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Bloccata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem user(s) stay behind</source>
        <translation>
            <numerusform>%n utente con problemi resta indietro</numerusform>
            <numerusform>%n utenti con problemi restano indietro</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non eseguito</translation>
    </message>
</context>
<context>
    <name>om::gui::BatchWizard</name>
    <message>
        <source>Migrate several customers</source>
        <translation>Migra più clienti</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Batch not started</source>
        <translation>Batch non avviato</translation>
    </message>
    <message>
        <source>Suspend verified subscriptions</source>
        <translation>Sospendi le sottoscrizioni verificate</translation>
    </message>
    <message numerus="yes">
        <source>Every user of these subscriptions has the new licence and was verified. Suspend %n old subscription(s) now? Partner Center de-provisions a suspended subscription after its grace period.</source>
        <translation>
            <numerusform>Ogni utente di queste sottoscrizioni ha la nuova licenza ed è stato verificato. Sospendere ora %n vecchia sottoscrizione? Il Centro per i partner annulla il provisioning di una sottoscrizione sospesa al termine del periodo di tolleranza.</numerusform>
            <numerusform>Ogni utente di queste sottoscrizioni ha la nuova licenza ed è stato verificato. Sospendere ora %n vecchie sottoscrizioni? Il Centro per i partner annulla il provisioning di una sottoscrizione sospesa al termine del periodo di tolleranza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n verified subscription(s)</source>
        <translation>
            <numerusform>Sospendi %n sottoscrizione verificata</numerusform>
            <numerusform>Sospendi %n sottoscrizioni verificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Not suspended</source>
        <translation>Sospensione non eseguita</translation>
    </message>
    <message>
        <source>The batch is running</source>
        <translation>Il batch è in esecuzione</translation>
    </message>
    <message>
        <source>Pause the batch and close this window? The steps running now finish and are recorded first; nothing is lost. Offer Migrator offers to resume the batch the next time it starts.</source>
        <translation>Mettere in pausa il batch e chiudere questa finestra? I passaggi in corso terminano e vengono registrati prima; non si perde nulla. Al prossimo avvio Offer Migrator propone di riprendere il batch.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Metti in pausa e chiudi</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continua l&apos;esecuzione</translation>
    </message>
</context>
<context>
    <name>om::gui::CustomerDetailPane</name>
    <message>
        <source>Retired subscriptions</source>
        <translation>Sottoscrizioni ritirate</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nessun cliente selezionato</translation>
    </message>
    <message>
        <source>Select a customer to see its retired subscriptions and users.</source>
        <translation>Selezionare un cliente per vederne le sottoscrizioni ritirate e gli utenti.</translation>
    </message>
    <message>
        <source>%1 · market %2 · tenant %3</source>
        <translation>%1 · mercato %2 · tenant %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Caricamento degli utenti…</translation>
    </message>
    <message>
        <source>Users could not be loaded: %1</source>
        <translation>Impossibile caricare gli utenti: %1</translation>
    </message>
    <message>
        <source>Retired subscriptions of the selected customer</source>
        <translation>Sottoscrizioni ritirate del cliente selezionato</translation>
    </message>
    <message>
        <source>Users of the selected customer</source>
        <translation>Utenti del cliente selezionato</translation>
    </message>
</context>
<context>
    <name>om::gui::CustomerFilterBar</name>
    <message>
        <source>Search customer, domain or tenant id (Ctrl+F)</source>
        <translation>Cerca cliente, dominio o ID tenant (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any end date</source>
        <translation>Qualsiasi scadenza</translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>In scadenza entro %n giorno</numerusform>
            <numerusform>In scadenza entro %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>All markets</source>
        <translation>Tutti i mercati</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>Mercato:</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Cerca clienti</translation>
    </message>
    <message>
        <source>End date filter</source>
        <translation>Filtro per scadenza</translation>
    </message>
    <message>
        <source>Migration state filter</source>
        <translation>Filtro per stato della migrazione</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Da gestire</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tutti i clienti</translation>
    </message>
    <message>
        <source>Market filter</source>
        <translation>Filtro per mercato</translation>
    </message>
</context>
<context>
    <name>om::gui::ExpiryChart</name>
    <message numerus="yes">
        <source>%n licence(s)</source>
        <translation>
            <numerusform>%n licenza</numerusform>
            <numerusform>%n licenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n sottoscrizione</numerusform>
            <numerusform>%n sottoscrizioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Term already ended: %1</source>
        <translation>Periodo contrattuale già terminato: %1</translation>
    </message>
    <message>
        <source>%1 – %2: %3 ending (%4)</source>
        <translation>%1 – %2: %3 in scadenza (%4)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Scaduti</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa sett.</translation>
    </message>
</context>
<context>
    <name>om::gui::GuiSession</name>
    <message>
        <source>The API base URL in Settings is not your account&apos;s Partner Center, so it is not used: the sign-in is sent only to %1.</source>
        <translation>L&apos;URL di base dell&apos;API nelle Impostazioni non corrisponde al Centro per i partner del tuo account, quindi non viene usato: l&apos;accesso viene inviato solo a %1.</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Account sandbox</translation>
    </message>
</context>
<context>
    <name>om::gui::MainWindow</name>
    <message>
        <source>&amp;Scan Partner Center</source>
        <translation>&amp;Scansiona il Centro per i partner</translation>
    </message>
    <message>
        <source>Read every customer&apos;s subscriptions again</source>
        <translation>Rilegge le sottoscrizioni di tutti i clienti</translation>
    </message>
    <message>
        <source>&amp;Cancel scan</source>
        <translation>&amp;Annulla scansione</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Es&amp;porta report…</translation>
    </message>
    <message>
        <source>Save the migration report as a CSV file</source>
        <translation>Salva il report della migrazione come file CSV</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trova cliente</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Cancella filtri</translation>
    </message>
    <message>
        <source>Expiry &amp;chart</source>
        <translation>&amp;Grafico delle scadenze</translation>
    </message>
    <message>
        <source>Chart counts &amp;licences</source>
        <translation>Il grafico conta le &amp;licenze</translation>
    </message>
    <message>
        <source>Unchecked: the chart counts subscriptions</source>
        <translation>Se non selezionato, il grafico conta le sottoscrizioni</translation>
    </message>
    <message>
        <source>&amp;Migrate…</source>
        <translation>&amp;Migra…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>The sandbox needs no sign-in.</source>
        <translation>La sandbox non richiede l&apos;accesso.</translation>
    </message>
    <message>
        <source>&amp;About Offer Migrator</source>
        <translation>&amp;Informazioni su Offer Migrator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Acc&amp;ount</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Reading customers…</source>
        <translation>Lettura dei clienti…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s)</source>
        <translation>
            <numerusform>%1 su %n cliente</numerusform>
            <numerusform>%1 su %n clienti</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan failed: %1</source>
        <translation>Scansione non riuscita: %1</translation>
    </message>
    <message>
        <source>%1 (signed in)</source>
        <translation>%1 (accesso eseguito)</translation>
    </message>
    <message>
        <source>%1 (not signed in)</source>
        <translation>%1 (accesso non eseguito)</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Ambiente: %1</translation>
    </message>
    <message>
        <source>Last scan: %1</source>
        <translation>Ultima scansione: %1</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Nessuna scansione eseguita</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n customer(s) with retired offers</source>
        <translation>
            <numerusform>Clienti con offerte ritirate: %1 su %n</numerusform>
            <numerusform>Clienti con offerte ritirate: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired-offer licences ending per week, next 16 weeks</source>
        <translation>Licenze di offerte ritirate in scadenza per settimana, prossime 16 settimane</translation>
    </message>
    <message>
        <source>Retired-offer subscriptions ending per week, next 16 weeks</source>
        <translation>Sottoscrizioni di offerte ritirate in scadenza per settimana, prossime 16 settimane</translation>
    </message>
    <message numerus="yes">
        <source>%n more licence(s) later</source>
        <translation>
            <numerusform>%n licenza in scadenza più avanti</numerusform>
            <numerusform>%n licenze in scadenza più avanti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) later</source>
        <translation>
            <numerusform>%n sottoscrizione in scadenza più avanti</numerusform>
            <numerusform>%n sottoscrizioni in scadenza più avanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrate the selected customer&apos;s retired subscriptions</source>
        <translation>Migra le sottoscrizioni ritirate del cliente selezionato</translation>
    </message>
    <message>
        <source>The migration wizard is not available yet.</source>
        <translation>La procedura guidata di migrazione non è ancora disponibile.</translation>
    </message>
    <message>
        <source>Sign in required: %1</source>
        <translation>Accesso richiesto: %1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Completare l&apos;accesso nel browser…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <source>Sign in to Partner Center in your browser</source>
        <translation>Accedi al Centro per i partner nel browser</translation>
    </message>
    <message>
        <source>Forget this computer&apos;s sign-in</source>
        <translation>Dimentica l&apos;accesso su questo computer</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Report salvato in %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.

%2

Choose another folder and try again.</source>
        <translation>Impossibile salvare il report in %1.

%2

Scegliere un&apos;altra cartella e riprovare.</translation>
    </message>
    <message>
        <source>Settings saved. They take effect the next time Offer Migrator starts.</source>
        <translation>Impostazioni salvate. Saranno applicate al prossimo avvio di Offer Migrator.</translation>
    </message>
    <message>
        <source>About Offer Migrator</source>
        <translation>Informazioni su Offer Migrator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Offer Migrator %1&lt;/h3&gt;&lt;p&gt;Moves Cloud Solution Provider customers off the retired Dynamics 365 Basic (Qualified Offer) subscriptions.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Offer Migrator %1&lt;/h3&gt;&lt;p&gt;Migra i clienti Cloud Solution Provider dalle sottoscrizioni ritirate di Dynamics 365 Basic (Qualified Offer).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offer Migrator — %1</source>
        <translation>Offer Migrator — %1</translation>
    </message>
    <message>
        <source>Partner Center &amp;account…</source>
        <translation>Account del &amp;Centro per i partner…</translation>
    </message>
    <message>
        <source>Enter your tenant and app registration, sign in, or switch between the sandbox and your account</source>
        <translation>Inserisci tenant e registrazione dell&apos;app, accedi, o passa dalla sandbox al tuo account e viceversa</translation>
    </message>
    <message>
        <source>Customer li&amp;st</source>
        <translation>&amp;Elenco clienti</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the customer list</source>
        <translation>Sposta lo stato attivo della tastiera sull&apos;elenco clienti</translation>
    </message>
    <message>
        <source>Expiry chart</source>
        <translation>Grafico delle scadenze</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Customers with retired-offer subscriptions. Enter, Ctrl+M or a double click opens the migration.</source>
        <translation>Clienti con sottoscrizioni di offerte ritirate. Invio, Ctrl+M o un doppio clic apre la migrazione.</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Avanzamento della scansione</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizard</name>
    <message>
        <source>Migrate customer</source>
        <translation>Migra cliente</translation>
    </message>
    <message>
        <source>Migrate %1</source>
        <translation>Migra %1</translation>
    </message>
    <message>
        <source>Closing after the current step…</source>
        <translation>Chiusura al termine del passaggio in corso…</translation>
    </message>
    <message>
        <source>Cancel &amp;purchase…</source>
        <translation>Annulla &amp;acquisto…</translation>
    </message>
    <message>
        <source>Cancel the replacement bought for this customer, for a refund, while new commerce allows it (7 days).</source>
        <translation>Annulla la sostituzione acquistata per questo cliente, con rimborso, finché il nuovo commercio lo consente (7 giorni).</translation>
    </message>
    <message>
        <source>Cancel purchase</source>
        <translation>Annulla acquisto</translation>
    </message>
    <message>
        <source>%1 (subscription %2): %3</source>
        <translation>%1 (sottoscrizione %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %1, %n licence(s), subscription %2, for a refund?

New commerce allows it until %3. Access to it ends at once and cannot be restored. The retired subscription is not touched.</source>
        <translation>
            <numerusform>Annullare %1, %n licenza, sottoscrizione %2, con rimborso?

Il nuovo commercio lo consente fino al %3. L&apos;accesso termina subito e non può essere ripristinato. La sottoscrizione ritirata non viene modificata.</numerusform>
            <numerusform>Annullare %1, %n licenze, sottoscrizione %2, con rimborso?

Il nuovo commercio lo consente fino al %3. L&apos;accesso termina subito e non può essere ripristinato. La sottoscrizione ritirata non viene modificata.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purchase was not cancelled. %1</source>
        <translation>L&apos;acquisto non è stato annullato. %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passaggio %1 di %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;Step 2 of 6: Replacement and quantity&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The purchases could not be read. %1</source>
        <translation>Impossibile leggere gli acquisti. %1</translation>
    </message>
    <message>
        <source>These purchases cannot be cancelled:
%1</source>
        <translation>Questi acquisti non possono essere annullati:
%1</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardController</name>
    <message>
        <source>No user is waiting for a retry.</source>
        <translation>Nessun utente è in attesa di un nuovo tentativo.</translation>
    </message>
    <message>
        <source>No replacement bought yet for %1</source>
        <translation>Nessuna sostituzione ancora acquistata per %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence</source>
        <translation>
            <numerusform>%n utente ha ancora la vecchia licenza</numerusform>
            <numerusform>%n utenti hanno ancora la vecchia licenza</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center confirms no seat of the old subscription is in use</source>
        <translation>Il Centro per i partner conferma che nessuna licenza della vecchia sottoscrizione è in uso</translation>
    </message>
    <message>
        <source>Partner Center has not been asked yet</source>
        <translation>Il Centro per i partner non è ancora stato interrogato</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to the new licence.</source>
        <translation>
            <numerusform>%n utente spostato sulla nuova licenza.</numerusform>
            <numerusform>%n utenti spostati sulla nuova licenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Licences move after the replacement is bought; buy it first.</source>
        <translation>Le licenze si spostano dopo l&apos;acquisto della sostituzione; acquistarla prima.</translation>
    </message>
    <message>
        <source>The checks come after the licences moved; move them first.</source>
        <translation>I controlli seguono lo spostamento delle licenze; spostarle prima.</translation>
    </message>
    <message>
        <source>The usage location can be set here once the replacement is bought, for a user without one; otherwise set it in the Microsoft 365 admin centre.</source>
        <translation>Per un utente senza posizione di utilizzo, è possibile impostarla qui dopo l&apos;acquisto della sostituzione; altrimenti impostarla nell&apos;interfaccia di amministrazione di Microsoft 365.</translation>
    </message>
    <message>
        <source>“%1” is not a country code; choose a country from the list.</source>
        <translation>“%1” non è un codice paese; scegliere un paese dall&apos;elenco.</translation>
    </message>
    <message>
        <source>The usage location was not set: %1</source>
        <translation>La posizione di utilizzo non è stata impostata: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s subscriptions are still being read; wait a moment.</source>
        <translation>Le sottoscrizioni del cliente sono ancora in lettura; attendere un momento.</translation>
    </message>
    <message>
        <source>This customer has no retired subscription to migrate; close the wizard.</source>
        <translation>Questo cliente non ha sottoscrizioni ritirate da migrare; chiudere la procedura guidata.</translation>
    </message>
    <message>
        <source>The replacement is already bought; continue with the licences.</source>
        <translation>La sostituzione è già stata acquistata; proseguire con le licenze.</translation>
    </message>
    <message>
        <source>Your change is being checked; wait a moment.</source>
        <translation>La modifica è in fase di verifica; attendere un momento.</translation>
    </message>
    <message>
        <source>Your last change could not be checked, so nothing can be bought; change it again or close and reopen the wizard.</source>
        <translation>Non è stato possibile verificare l&apos;ultima modifica, quindi non si può acquistare nulla; modificarla di nuovo o chiudere e riaprire la procedura guidata.</translation>
    </message>
    <message>
        <source>Nothing can be bought yet because %1; change the replacement or the quantity.</source>
        <translation>Non è ancora possibile acquistare nulla perché %1; cambiare la sostituzione o la quantità.</translation>
    </message>
    <message>
        <source>The old subscription can be suspended once the replacement is bought and the licences moved; do those steps first.</source>
        <translation>La vecchia sottoscrizione può essere sospesa dopo l&apos;acquisto della sostituzione e lo spostamento delle licenze; eseguire prima questi passaggi.</translation>
    </message>
    <message>
        <source>The old subscription is already suspended; nothing is left to do.</source>
        <translation>La vecchia sottoscrizione è già sospesa; non resta nulla da fare.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) you left out keep the old licence (%1), so the old subscription cannot be suspended; tick Move for them on the licence step, or remove their licence in the admin centre.</source>
        <translation>
            <numerusform>%n utente escluso mantiene la vecchia licenza (%1), quindi la vecchia sottoscrizione non può essere sospesa; selezionare Sposta per l&apos;utente nel passaggio delle licenze o rimuoverne la licenza nell&apos;interfaccia di amministrazione.</numerusform>
            <numerusform>%n utenti esclusi mantengono la vecchia licenza (%1), quindi la vecchia sottoscrizione non può essere sospesa; selezionare Sposta per loro nel passaggio delle licenze o rimuoverne la licenza nell&apos;interfaccia di amministrazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) still hold the old licence (%1), so it cannot be suspended yet; retry them, or fix what the table says for each.</source>
        <translation>
            <numerusform>%n utente ha ancora la vecchia licenza (%1), quindi la vecchia sottoscrizione non può ancora essere sospesa; riprovare l&apos;utente o risolvere quanto indicato nella tabella.</numerusform>
            <numerusform>%n utenti hanno ancora la vecchia licenza (%1), quindi la vecchia sottoscrizione non può ancora essere sospesa; riprovare gli utenti o risolvere quanto indicato nella tabella per ciascuno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every licence has moved yet; wait for the licence step to finish.</source>
        <translation>Non tutte le licenze sono state ancora spostate; attendere il termine del passaggio delle licenze.</translation>
    </message>
    <message>
        <source>Partner Center has not confirmed the move yet; run the checks.</source>
        <translation>Il Centro per i partner non ha ancora confermato lo spostamento; eseguire i controlli.</translation>
    </message>
    <message>
        <source>A step is still running; wait for it to finish.</source>
        <translation>Un passaggio è ancora in corso; attendere che termini.</translation>
    </message>
    <message>
        <source>The customer is still being read; wait a moment.</source>
        <translation>Il cliente è ancora in lettura; attendere un momento.</translation>
    </message>
    <message>
        <source>This subscription is not part of the migration; close and reopen the wizard.</source>
        <translation>Questa sottoscrizione non fa parte della migrazione; chiudere e riaprire la procedura guidata.</translation>
    </message>
    <message>
        <source>The replacement of %1 is already bought, so it can no longer change.</source>
        <translation>La sostituzione di %1 è già stata acquistata, quindi non può più cambiare.</translation>
    </message>
    <message>
        <source>The migration is finished; nobody can be left out any more.</source>
        <translation>La migrazione è terminata; non è più possibile escludere nessuno.</translation>
    </message>
    <message>
        <source>%1 already has the new licence, so the user can no longer be left out.</source>
        <translation>%1 ha già la nuova licenza, quindi l&apos;utente non può più essere escluso.</translation>
    </message>
    <message>
        <source>Someone holds a licence of this subscription, so it needs a replacement; read the customer again.</source>
        <translation>Qualcuno ha una licenza di questa sottoscrizione, quindi serve una sostituzione; rileggere il cliente.</translation>
    </message>
    <message>
        <source>The purchases changed since they were read; choose Cancel purchase again.</source>
        <translation>Gli acquisti sono cambiati dopo la lettura; scegliere di nuovo Annulla acquisto.</translation>
    </message>
    <message>
        <source>Nothing to buy for %1: nobody holds its licence, so it is only suspended</source>
        <translation>Nulla da acquistare per %1: nessuno ne ha la licenza, quindi viene solo sospesa</translation>
    </message>
    <message>
        <source>Replacement for %1 bought: %2 (new subscription %3)</source>
        <translation>Sostituzione per %1 acquistata: %2 (nuova sottoscrizione %3)</translation>
    </message>
    <message numerus="yes">
        <source>Every user who moves holds the new licence (%n user(s))</source>
        <translation>
            <numerusform>Ogni utente spostato ha la nuova licenza (%n utente)</numerusform>
            <numerusform>Ogni utente spostato ha la nuova licenza (%n utenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence, so it cannot be suspended</source>
        <translation>
            <numerusform>%n utente escluso mantiene la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa</numerusform>
            <numerusform>%n utenti esclusi mantengono la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center does not confirm the move yet: %1</source>
        <translation>Il Centro per i partner non conferma ancora lo spostamento: %1</translation>
    </message>
    <message>
        <source>%1 (old subscription %2) was not migrated.</source>
        <translation>%1 (vecchia sottoscrizione %2) non è stata migrata.</translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): suspended without a replacement, as nobody held its licence.</source>
        <translation>Vecchia sottoscrizione %1 (%2): sospesa senza sostituzione, perché nessuno ne aveva la licenza.</translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): to be suspended without a replacement.</source>
        <translation>Vecchia sottoscrizione %1 (%2): da sospendere senza sostituzione.</translation>
    </message>
    <message>
        <source>Old subscription %1 (%2): %3.</source>
        <translation>Vecchia sottoscrizione %1 (%2): %3.</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sospesa</translation>
    </message>
    <message numerus="yes">
        <source>New subscription %1 (%2, %n licence(s)): active.</source>
        <translation>
            <numerusform>Nuova sottoscrizione %1 (%2, %n licenza): attiva.</numerusform>
            <numerusform>Nuova sottoscrizione %1 (%2, %n licenze): attiva.</numerusform>
        </translation>
    </message>
    <message>
        <source>The old subscription was suspended on %1; Microsoft de-provisions it around %2.</source>
        <translation>La vecchia sottoscrizione è stata sospesa il %1; Microsoft ne annullerà il provisioning in data %2 circa.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence.</source>
        <translation>
            <numerusform>%n utente escluso mantiene la vecchia licenza.</numerusform>
            <numerusform>%n utenti esclusi mantengono la vecchia licenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer is not in the last scan; scan again, then export.</source>
        <translation>Questo cliente non è nell&apos;ultima scansione; eseguire di nuovo la scansione, poi esportare.</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardPurchasePage</name>
    <message>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Buy the replacement subscription. It can be cancelled for a refund only within 7 days.</source>
        <translation>Acquista la sottoscrizione sostitutiva. Può essere annullata con rimborso solo entro 7 giorni.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>Placing the order and waiting for the subscription to provision…</source>
        <translation>Invio dell&apos;ordine e attesa dell&apos;attivazione della sottoscrizione…</translation>
    </message>
    <message>
        <source>Partner Center bills you, the partner, for this purchase (CSP) from today. A new-commerce purchase can be cancelled for a refund only within 7 days (168 hours); after that the whole term is due. The retired subscription keeps running until it is suspended at the end of the wizard.</source>
        <translation>Il Centro per i partner fattura questo acquisto a voi, il partner (CSP), da oggi. Un acquisto nel nuovo commercio può essere annullato con rimborso solo entro 7 giorni (168 ore); dopo è dovuta l&apos;intera durata. La sottoscrizione ritirata resta attiva finché non viene sospesa alla fine della procedura.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade %1 (subscription %2) of %3 to %4, %n licence(s), with Partner Center&apos;s licence transfer: users keep working. Partner Center suspends the old subscription as part of the upgrade, at once: there is no separate suspend step.</source>
        <translation>
            <numerusform>Aggiornare %1 (sottoscrizione %2) di %3 a %4, %n licenza, con il trasferimento delle licenze del Centro per i partner: gli utenti continuano a lavorare. Il Centro per i partner sospende subito la vecchia sottoscrizione durante l&apos;aggiornamento: non c&apos;è un passaggio di sospensione separato.</numerusform>
            <numerusform>Aggiornare %1 (sottoscrizione %2) di %3 a %4, %n licenze, con il trasferimento delle licenze del Centro per i partner: gli utenti continuano a lavorare. Il Centro per i partner sospende subito la vecchia sottoscrizione durante l&apos;aggiornamento: non c&apos;è un passaggio di sospensione separato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner Center bills you, the partner, for the upgraded subscription (CSP) from today. Placing the order asks you to confirm the suspension first.</source>
        <translation>Il Centro per i partner fattura la sottoscrizione aggiornata a voi, il partner (CSP), da oggi. Prima di effettuare l&apos;ordine viene chiesto di confermare la sospensione.</translation>
    </message>
    <message>
        <source>Upgrade the retired subscription of %1 now? Partner Center suspends it as part of the upgrade, at once, as a suspend would: the subscription stops and Microsoft de-provisions it later. Its users move to the new licence with the upgrade.</source>
        <translation>Aggiornare ora la sottoscrizione ritirata di %1? Il Centro per i partner la sospende subito durante l&apos;aggiornamento, come farebbe una sospensione: la sottoscrizione si interrompe e Microsoft ne annullerà il provisioning in seguito. Gli utenti passano alla nuova licenza con l&apos;aggiornamento.</translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation>Sospendi sottoscrizione</translation>
    </message>
    <message>
        <source>Upgrade the retired subscription. An upgrade cannot be undone.</source>
        <translation>Aggiorna la sottoscrizione ritirata. Un aggiornamento non può essere annullato.</translation>
    </message>
    <message>
        <source>I &amp;understand this places an order that will be billed</source>
        <translation>&amp;Ho compreso che verrà inviato un ordine che sarà fatturato</translation>
    </message>
    <message>
        <source>Place &amp;order</source>
        <translation>&amp;Invia ordine</translation>
    </message>
    <message>
        <source>Order progress</source>
        <translation>Avanzamento dell&apos;ordine</translation>
    </message>
    <message>
        <source>Nothing is bought for %1 (subscription %2): nobody holds its licence, so it is only suspended, after the checks.</source>
        <translation>Per %1 (sottoscrizione %2) non si acquista nulla: nessuno ne ha la licenza, quindi viene solo sospesa, dopo i controlli.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) you left out keep the licence of %1: nothing is bought for them, and it cannot be suspended while they hold it.</source>
        <translation>
            <numerusform>%n utente escluso mantiene la licenza di %1: per lui non si acquista nulla, e la sottoscrizione non può essere sospesa finché la detiene.</numerusform>
            <numerusform>%n utenti esclusi mantengono la licenza di %1: per loro non si acquista nulla, e la sottoscrizione non può essere sospesa finché la detengono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %n licence(s) of %1 for %2 in new commerce, %3 (catalog item %4). It replaces %5 (subscription %6).</source>
        <translation>
            <numerusform>Acquistare %n licenza di %1 per %2 nel nuovo commercio, %3 (articolo di catalogo %4). Sostituisce %5 (sottoscrizione %6).</numerusform>
            <numerusform>Acquistare %n licenze di %1 per %2 nel nuovo commercio, %3 (articolo di catalogo %4). Sostituisce %5 (sottoscrizione %6).</numerusform>
        </translation>
    </message>
    <message>
        <source>The order is placed and provisioned; continue to move the licences.</source>
        <translation>L&apos;ordine è stato inviato e attivato; proseguire per spostare le licenze.</translation>
    </message>
    <message>
        <source>The order did not complete. %1</source>
        <translation>L&apos;ordine non è stato completato. %1</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReassignPage</name>
    <message>
        <source>Reassign licences</source>
        <translation>Riassegna licenze</translation>
    </message>
    <message>
        <source>Each user gets the new licence; the retired one is removed in the same call.</source>
        <translation>Ogni utente riceve la nuova licenza; quella ritirata viene rimossa con la stessa chiamata.</translation>
    </message>
    <message>
        <source>Moving licences…</source>
        <translation>Spostamento delle licenze…</translation>
    </message>
    <message>
        <source>&amp;Retry failed users</source>
        <translation>&amp;Riprova utenti con errori</translation>
    </message>
    <message>
        <source>Set &amp;usage location…</source>
        <translation>Imposta posizione di &amp;utilizzo…</translation>
    </message>
    <message>
        <source>Users and the result of their licence move</source>
        <translation>Utenti ed esito dello spostamento della loro licenza</translation>
    </message>
    <message>
        <source>Licences moved</source>
        <translation>Licenze spostate</translation>
    </message>
    <message>
        <source>Set the selected user&apos;s usage location in the customer&apos;s directory, then try the licence again.</source>
        <translation>Imposta la posizione di utilizzo dell&apos;utente selezionato nella directory del cliente, poi riprova la licenza.</translation>
    </message>
    <message>
        <source>Set usage location</source>
        <translation>Imposta posizione di utilizzo</translation>
    </message>
    <message>
        <source>Country where %1 uses the licence (Microsoft calls it the usage location):</source>
        <translation>Paese in cui %1 usa la licenza (Microsoft la chiama posizione di utilizzo):</translation>
    </message>
    <message>
        <source>Set the usage location of %1 to %2 (%3) in the customer&apos;s directory, then give the user the new licence? The change is recorded in the journal.</source>
        <translation>Impostare la posizione di utilizzo di %1 su %2 (%3) nella directory del cliente, poi assegnare all&apos;utente la nuova licenza? La modifica viene registrata nel registro delle operazioni.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) kept the retired licence; the table says what to do for each, then retry them. You can also continue: the old subscription is suspended only once nobody holds it.</source>
        <translation>
            <numerusform>%n utente ha ancora la licenza ritirata; la tabella indica cosa fare, poi riprovare. È anche possibile proseguire: la vecchia sottoscrizione viene sospesa solo quando nessuno ne ha più la licenza.</numerusform>
            <numerusform>%n utenti hanno ancora la licenza ritirata; la tabella indica cosa fare per ciascuno, poi riprovarli. È anche possibile proseguire: la vecchia sottoscrizione viene sospesa solo quando nessuno ne ha più la licenza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) moved to the new licence.</source>
        <translation>
            <numerusform>%n utente spostato sulla nuova licenza.</numerusform>
            <numerusform>%n utenti spostati sulla nuova licenza.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReplacementPage</name>
    <message>
        <source>Replacement and quantity</source>
        <translation>Sostituzione e quantità</translation>
    </message>
    <message>
        <source>Replacing:</source>
        <translation>Da sostituire:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n licence(s))</source>
        <translation>
            <numerusform>%1 (%n licenza)</numerusform>
            <numerusform>%1 (%n licenze)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (consigliata)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Tutti i controlli sono stati superati.</translation>
    </message>
    <message>
        <source>&amp;Replacement:</source>
        <translation>Sostit&amp;uzione:</translation>
    </message>
    <message>
        <source>&amp;Term and billing:</source>
        <translation>&amp;Durata e fatturazione:</translation>
    </message>
    <message>
        <source>%1 (upgrade of the old subscription)</source>
        <translation>%1 (aggiornamento della vecchia sottoscrizione)</translation>
    </message>
    <message>
        <source>Kept by the upgrade</source>
        <translation>Mantenuta dall&apos;aggiornamento</translation>
    </message>
    <message>
        <source>&amp;Suspend it without a replacement (nobody holds its licence)</source>
        <translation>Sosp&amp;endila senza sostituzione (nessuno ne ha la licenza)</translation>
    </message>
    <message>
        <source>Choose, for each retired subscription, what to buy instead and how many licences. Changes are checked as you make them.</source>
        <translation>Scegliere, per ogni sottoscrizione ritirata, cosa acquistare al suo posto e quante licenze. Le modifiche vengono verificate man mano.</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Retired subscriptions and their replacements</source>
        <translation>Sottoscrizioni ritirate e relative sostituzioni</translation>
    </message>
    <message>
        <source>Licences to buy</source>
        <translation>Licenze da acquistare</translation>
    </message>
    <message>
        <source>Checks of the selected subscription</source>
        <translation>Controlli della sottoscrizione selezionata</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Licenze:</translation>
    </message>
    <message>
        <source>Retired subscr&amp;iptions (select one to change it):</source>
        <translation>Sottoscrizioni &amp;ritirate (selezionarne una per modificarla):</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>C&amp;ontrolli:</translation>
    </message>
    <message>
        <source>None: suspended only</source>
        <translation>Nessuna: solo sospensione</translation>
    </message>
    <message numerus="yes">
        <source>%1, subscription %2, %n licence(s)</source>
        <translation>
            <numerusform>%1, sottoscrizione %2, %n licenza</numerusform>
            <numerusform>%1, sottoscrizione %2, %n licenze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %1 (the product&apos;s minimum). %n user(s) hold the retired licence.</source>
        <translation>
            <numerusform>Almeno %1 (il minimo del prodotto). %n utente ha la licenza ritirata.</numerusform>
            <numerusform>Almeno %1 (il minimo del prodotto). %n utenti hanno la licenza ritirata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspend %1 (subscription %2) without buying a replacement? Nobody holds its licence. It is checked once more before the suspension; Microsoft de-provisions it later.</source>
        <translation>Sospendere %1 (sottoscrizione %2) senza acquistare una sostituzione? Nessuno ne ha la licenza. Viene controllata ancora una volta prima della sospensione; Microsoft ne annullerà il provisioning in seguito.</translation>
    </message>
    <message>
        <source>Suspend without a replacement</source>
        <translation>Sospendi senza sostituzione</translation>
    </message>
    <message>
        <source>Checking your choice…</source>
        <translation>Verifica della scelta…</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Retired subscription</source>
        <translation>Sottoscrizione ritirata</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Fine periodo</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sostituzione</translation>
    </message>
    <message>
        <source>Reading the customer&apos;s subscriptions and users…</source>
        <translation>Lettura delle sottoscrizioni e degli utenti del cliente…</translation>
    </message>
    <message>
        <source>The customer&apos;s retired subscriptions and the users whose licences move. Untick a user to leave them on the old licence.</source>
        <translation>Le sottoscrizioni ritirate del cliente e gli utenti le cui licenze verranno spostate. Deselezionare un utente per lasciargli la vecchia licenza.</translation>
    </message>
    <message>
        <source>Retired subscriptions</source>
        <translation>Sottoscrizioni ritirate</translation>
    </message>
    <message>
        <source>Users holding the retired licence</source>
        <translation>Utenti con la licenza ritirata</translation>
    </message>
    <message>
        <source>&amp;Users holding the retired licence:</source>
        <translation>&amp;Utenti con la licenza ritirata:</translation>
    </message>
    <message>
        <source>The customer could not be read. %1</source>
        <translation>Impossibile leggere il cliente. %1</translation>
    </message>
    <message>
        <source>%1 has no retired subscription to migrate; close the wizard.</source>
        <translation>%1 non ha sottoscrizioni ritirate da migrare; chiudere la procedura guidata.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n retired subscription(s) to migrate.</source>
        <translation>
            <numerusform>%1 ha %n sottoscrizione ritirata da migrare.</numerusform>
            <numerusform>%1 ha %n sottoscrizioni ritirate da migrare.</numerusform>
        </translation>
    </message>
    <message>
        <source>None: suspended only</source>
        <translation>Nessuna: solo sospensione</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) left out keep the old licence, so the old subscription cannot be suspended until they move or lose it.</source>
        <translation>
            <numerusform>%n utente escluso mantiene la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa finché non viene spostato o perde la licenza.</numerusform>
            <numerusform>%n utenti esclusi mantengono la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa finché non vengono spostati o perdono la licenza.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>The migration is recorded in the journal.</source>
        <translation>La migrazione è registrata nel registro delle operazioni.</translation>
    </message>
    <message>
        <source>Microsoft de-provisions the old subscription around %1. Until then it can be reactivated in Partner Center.</source>
        <translation>Microsoft annullerà il provisioning della vecchia sottoscrizione in data %1 circa. Fino ad allora è possibile riattivarla nel Centro per i partner.</translation>
    </message>
    <message>
        <source>migration-%1.csv</source>
        <translation>migrazione-%1.csv</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export this customer&apos;s report…</source>
        <translation>&amp;Esporta il report del cliente…</translation>
    </message>
    <message>
        <source>The old subscription is not suspended yet; open the wizard again to run the checks and suspend it.</source>
        <translation>La vecchia sottoscrizione non è ancora sospesa; aprire di nuovo la procedura guidata per eseguire i controlli e sospenderla.</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Il report è stato salvato in %1.</translation>
    </message>
    <message>
        <source>The report was not saved (%1); choose another folder and try again.</source>
        <translation>Il report non è stato salvato (%1); scegliere un&apos;altra cartella e riprovare.</translation>
    </message>
</context>
<context>
    <name>om::gui::MigrationWizardVerifyPage</name>
    <message>
        <source>Verify and suspend</source>
        <translation>Verifica e sospensione</translation>
    </message>
    <message>
        <source>Partner Center is asked again whether every licence moved. Only then can the retired subscription be suspended.</source>
        <translation>Il Centro per i partner viene interrogato di nuovo per confermare che ogni licenza sia stata spostata. Solo allora la sottoscrizione ritirata può essere sospesa.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>Suspend subscription</source>
        <translation>Sospendi sottoscrizione</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Verifica di nuovo</translation>
    </message>
    <message>
        <source>&amp;Retry failed users</source>
        <translation>&amp;Riprova utenti con errori</translation>
    </message>
    <message>
        <source>&amp;Suspend the old subscription…</source>
        <translation>S&amp;ospendi la vecchia sottoscrizione…</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Cosa è stato verificato</translation>
    </message>
    <message numerus="yes">
        <source>Suspend %n retired subscription(s) of %1 now? Users who moved keep working on the new licence; the old subscription stops, and Microsoft de-provisions it later.</source>
        <translation>
            <numerusform>Sospendere ora %n sottoscrizione ritirata di %1? Gli utenti spostati continuano a lavorare con la nuova licenza; la vecchia sottoscrizione si interrompe e Microsoft ne annullerà il provisioning in seguito.</numerusform>
            <numerusform>Sospendere ora %n sottoscrizioni ritirate di %1? Gli utenti spostati continuano a lavorare con la nuova licenza; le vecchie sottoscrizioni si interrompono e Microsoft ne annullerà il provisioning in seguito.</numerusform>
        </translation>
    </message>
    <message>
        <source>A step is running; wait for it to finish.</source>
        <translation>Un passaggio è in corso; attendere che termini.</translation>
    </message>
    <message>
        <source>The old subscription is suspended; continue to the summary.</source>
        <translation>La vecchia sottoscrizione è sospesa; proseguire con il riepilogo.</translation>
    </message>
</context>
<context>
    <name>om::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Leave empty to use the Partner Center API of your account&apos;s cloud.</source>
        <translation>Lasciare vuoto per usare l&apos;API del Centro per i partner nel cloud del proprio account.</translation>
    </message>
    <message>
        <source>Partner Center allows about 500 requests per minute per partner tenant.</source>
        <translation>Il Centro per i partner consente circa 500 richieste al minuto per tenant partner.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>URL di base API:</translation>
    </message>
    <message>
        <source>Parallel requests:</source>
        <translation>Richieste parallele:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Richieste al minuto:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Changes take effect the next time Offer Migrator starts.</source>
        <translation>Le modifiche saranno applicate al prossimo avvio di Offer Migrator.</translation>
    </message>
    <message>
        <source>Enter an https:// address (plain http:// only to this computer).</source>
        <translation>Inserire un indirizzo https:// (http:// semplice solo verso questo computer).</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generali</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>om::gui::UrgencyDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>days left · urgency word</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>om::gui::UsageLocationFix</name>
    <message>
        <source>Partner Center did not answer; try again (the same request is replayed, so nothing changes twice).</source>
        <translation>Il Centro per i partner non ha risposto; riprovare (viene ripetuta la stessa richiesta, quindi nulla cambia due volte).</translation>
    </message>
</context>
<context>
    <name>om::gui::WizardTexts</name>
    <message>
        <source>Partner Center did not answer; nothing is lost (the journal keeps the progress): check the connection and try again.</source>
        <translation>Il Centro per i partner non ha risposto; non si è perso nulla (il registro delle operazioni conserva l&apos;avanzamento): controllare la connessione e riprovare.</translation>
    </message>
    <message>
        <source>Partner Center is limiting requests right now; wait a minute, then try again.</source>
        <translation>Il Centro per i partner sta limitando le richieste; attendere un minuto, poi riprovare.</translation>
    </message>
    <message>
        <source>Partner Center refused the sign-in or the permission for this customer; sign in again in Settings, check the GDAP roles, then try again.</source>
        <translation>Il Centro per i partner ha rifiutato l&apos;accesso o l&apos;autorizzazione per questo cliente; accedere di nuovo da Impostazioni, controllare i ruoli GDAP, poi riprovare.</translation>
    </message>
    <message>
        <source>The journal could not be written (%1); free disk space or check the file, then try again.</source>
        <translation>Impossibile scrivere il registro delle operazioni (%1); liberare spazio su disco o controllare il file, poi riprovare.</translation>
    </message>
    <message>
        <source>The step was stopped; start it again when you are ready.</source>
        <translation>Il passaggio è stato interrotto; avviarlo di nuovo quando si è pronti.</translation>
    </message>
    <message>
        <source>More licences of the old subscription are in use than the plan knows of; read the customer again (close and reopen the wizard), then check again.</source>
        <translation>Sono in uso più licenze della vecchia sottoscrizione di quante ne conosca il piano; rileggere il cliente (chiudere e riaprire la procedura guidata), poi verificare di nuovo.</translation>
    </message>
    <message>
        <source>Someone was given the old licence since it was planned, so it cannot be suspended without a replacement; cancel this migration and plan the customer again.</source>
        <translation>Dopo la pianificazione qualcuno ha ricevuto la vecchia licenza, quindi la sottoscrizione non può essere sospesa senza sostituzione; annullare questa migrazione e pianificare di nuovo il cliente.</translation>
    </message>
    <message>
        <source>Some users still hold the old licence or lack the new one; move them (Retry failed users), then check again.</source>
        <translation>Alcuni utenti hanno ancora la vecchia licenza o non hanno la nuova; spostarli (Riprova utenti con errori), poi verificare di nuovo.</translation>
    </message>
    <message>
        <source>The old subscription was not suspended because users you left out still hold its licence; tick Move for them on the licence step, or remove their licence in the admin centre.</source>
        <translation>La vecchia sottoscrizione non è stata sospesa perché gli utenti esclusi ne hanno ancora la licenza; selezionare Sposta per loro nel passaggio delle licenze o rimuoverne la licenza nell&apos;interfaccia di amministrazione.</translation>
    </message>
    <message>
        <source>The old subscription was not suspended because Partner Center still shows it in use (%1); move the remaining users, then check again.</source>
        <translation>La vecchia sottoscrizione non è stata sospesa perché il Centro per i partner la mostra ancora in uso (%1); spostare gli utenti rimanenti, poi verificare di nuovo.</translation>
    </message>
    <message>
        <source>A check stops the purchase (%1); change the replacement or the quantity.</source>
        <translation>Un controllo blocca l&apos;acquisto (%1); cambiare la sostituzione o la quantità.</translation>
    </message>
    <message>
        <source>Partner Center changed meanwhile (%1); check again, then retry the step.</source>
        <translation>Nel frattempo il Centro per i partner è cambiato (%1); verificare di nuovo, poi riprovare il passaggio.</translation>
    </message>
    <message>
        <source>Partner Center no longer knows something this step needs (%1); close and reopen the wizard to read the customer again.</source>
        <translation>Il Centro per i partner non conosce più un elemento necessario a questo passaggio (%1); chiudere e riaprire la procedura guidata per rileggere il cliente.</translation>
    </message>
    <message>
        <source>The step stopped: %1. Try it again; if it stops again, check the customer in Partner Center.</source>
        <translation>Il passaggio si è interrotto: %1. Riprovarlo; se si interrompe di nuovo, controllare il cliente nel Centro per i partner.</translation>
    </message>
    <message>
        <source>A step is still running; wait for it to finish.</source>
        <translation>Un passaggio è ancora in corso; attendere che termini.</translation>
    </message>
    <message>
        <source>The customer is still being read; wait a moment.</source>
        <translation>Il cliente è ancora in lettura; attendere un momento.</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mese</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3 anni</translation>
    </message>
    <message>
        <source>billed monthly</source>
        <translation>fatturazione mensile</translation>
    </message>
    <message>
        <source>billed yearly</source>
        <translation>fatturazione annuale</translation>
    </message>
    <message>
        <source>billed every 3 years</source>
        <translation>fatturazione triennale</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>om::gui::WizardUserModel</name>
    <message>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>UPN</source>
        <translation>UPN</translation>
    </message>
    <message>
        <source>Usage location</source>
        <translation>Posizione di utilizzo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Spostato</translation>
    </message>
    <message>
        <source>Already moved</source>
        <translation>Già spostato</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Escluso</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Non spostato</translation>
    </message>
    <message>
        <source>Keeps the old licence, so the old subscription cannot be suspended; tick Move to include the user again.</source>
        <translation>Mantiene la vecchia licenza, quindi la vecchia sottoscrizione non può essere sospesa; selezionare Sposta per includere di nuovo l&apos;utente.</translation>
    </message>
    <message>
        <source>Set the user&apos;s usage location with “Set usage location…”; the licence is then tried again.</source>
        <translation>Impostare la posizione di utilizzo dell&apos;utente con “Imposta posizione di utilizzo…”; poi la licenza viene riprovata.</translation>
    </message>
    <message>
        <source>Has no usage location, so Partner Center will refuse the new licence; set it on the licence step, after the purchase.</source>
        <translation>Non ha una posizione di utilizzo, quindi il Centro per i partner rifiuterà la nuova licenza; impostarla nel passaggio delle licenze, dopo l&apos;acquisto.</translation>
    </message>
    <message>
        <source>The new subscription has no free licence left: raise its quantity in Partner Center, then retry the user.</source>
        <translation>La nuova sottoscrizione non ha più licenze libere: aumentarne la quantità nel Centro per i partner, poi riprovare l&apos;utente.</translation>
    </message>
    <message>
        <source>Another licence of the user conflicts with the new one: remove it in the Microsoft 365 admin centre, then retry the user.</source>
        <translation>Un&apos;altra licenza dell&apos;utente è in conflitto con la nuova: rimuoverla nell&apos;interfaccia di amministrazione di Microsoft 365, poi riprovare l&apos;utente.</translation>
    </message>
    <message>
        <source>Partner Center no longer finds this user: check the account in the Microsoft 365 admin centre, or untick the user.</source>
        <translation>Il Centro per i partner non trova più questo utente: controllare l&apos;account nell&apos;interfaccia di amministrazione di Microsoft 365 o deselezionare l&apos;utente.</translation>
    </message>
    <message>
        <source>Partner Center refused the licence (%1); fix the account in the Microsoft 365 admin centre, then retry the user.</source>
        <translation>Il Centro per i partner ha rifiutato la licenza (%1); correggere l&apos;account nell&apos;interfaccia di amministrazione di Microsoft 365, poi riprovare l&apos;utente.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nessun motivo indicato</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 stays on the old licence</source>
        <translation>%1 resta con la vecchia licenza</translation>
    </message>
    <message>
        <source>%1 moves to the new licence</source>
        <translation>%1 passa alla nuova licenza</translation>
    </message>
    <message>
        <source>The licence already moved (or is moving): the user can no longer be left out.</source>
        <translation>La licenza è già stata spostata (o è in fase di spostamento): l&apos;utente non può più essere escluso.</translation>
    </message>
    <message>
        <source>Untick to leave the user on the old licence.</source>
        <translation>Deselezionare per lasciare all&apos;utente la vecchia licenza.</translation>
    </message>
</context>
<context>
    <name>om::secrets::SessionSecretStore</name>
    <message>
        <source>No system keychain is available: your sign-in and secrets are kept in memory for this session only and are never written to disk. You will need to sign in again next time.</source>
        <translation>Nessun portachiavi di sistema disponibile: l&apos;accesso e i segreti restano in memoria solo per questa sessione e non vengono mai scritti su disco. Al prossimo avvio sarà necessario accedere di nuovo.</translation>
    </message>
    <message>
        <source>Your sign-in and secrets are kept in the system keychain.</source>
        <translation>L&apos;accesso e i segreti sono conservati nel portachiavi di sistema.</translation>
    </message>
</context>
<context>
    <name>om::secrets::SignInErrors</name>
    <message>
        <source>The app registration does not accept this app&apos;s redirect URI: in Entra ID, App registrations, your app, Authentication, add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://localhost.</source>
        <translation>La registrazione dell&apos;app non accetta l&apos;URI di reindirizzamento di questa app: in Entra ID, Registrazioni app, la tua app, Autenticazione, aggiungi la piattaforma &quot;Applicazioni per dispositivi mobili e desktop&quot; con l&apos;URI di reindirizzamento http://localhost.</translation>
    </message>
    <message>
        <source>Nobody has consented to this app yet: in Entra ID, App registrations, your app, API permissions, add Partner Center user_impersonation and click &quot;Grant admin consent&quot;.</source>
        <translation>Nessuno ha ancora dato il consenso a questa app: in Entra ID, Registrazioni app, la tua app, Autorizzazioni API, aggiungi Partner Center user_impersonation e fai clic su &quot;Concedi consenso amministratore&quot;.</translation>
    </message>
    <message>
        <source>Entra ID does not know this application (client) id in this tenant: copy the id from the app registration&apos;s Overview page and check the tenant.</source>
        <translation>Entra ID non conosce questo ID applicazione (client) in questo tenant: copia l&apos;ID dalla pagina Panoramica della registrazione dell&apos;app e controlla il tenant.</translation>
    </message>
    <message>
        <source>Your organisation requires multi-factor authentication: sign in again and complete the MFA prompt.</source>
        <translation>La tua organizzazione richiede l&apos;autenticazione a più fattori: accedi di nuovo e completa la richiesta MFA.</translation>
    </message>
    <message>
        <source>This user must register a multi-factor authentication method first (https://aka.ms/mfasetup), then sign in again.</source>
        <translation>Questo utente deve prima registrare un metodo di autenticazione a più fattori (https://aka.ms/mfasetup), poi accedere di nuovo.</translation>
    </message>
    <message>
        <source>The app registration does not allow public client flows: in Entra ID, your app, Authentication, set &quot;Allow public client flows&quot; to Yes.</source>
        <translation>La registrazione dell&apos;app non consente i flussi client pubblici: in Entra ID, la tua app, Autenticazione, imposta &quot;Consenti flussi client pubblici&quot; su Sì.</translation>
    </message>
    <message>
        <source>Entra ID has no such tenant in this cloud: check the tenant (directory id or a verified domain such as contoso.onmicrosoft.com) and the cloud (global or 21Vianet).</source>
        <translation>Entra ID non ha questo tenant in questo cloud: controlla il tenant (ID della directory o un dominio verificato come contoso.onmicrosoft.com) e il cloud (globale o 21Vianet).</translation>
    </message>
    <message>
        <source>The sign-in was declined in the browser. Run the sign-in again to retry.</source>
        <translation>L&apos;accesso è stato rifiutato nel browser. Ripeti l&apos;accesso per riprovare.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Run the sign-in again for a new code.</source>
        <translation>Il codice è scaduto prima che l&apos;accesso fosse completato. Ripeti l&apos;accesso per ottenere un nuovo codice.</translation>
    </message>
    <message>
        <source>The sign-in service does not know this device code. Run the sign-in again.</source>
        <translation>Il servizio di accesso non riconosce questo codice dispositivo. Ripeti l&apos;accesso.</translation>
    </message>
    <message>
        <source>Partner Center refused the sign-in (HTTP 401): sign in again with multi-factor authentication, as a user of this partner tenant.</source>
        <translation>Il Centro per i partner ha rifiutato l&apos;accesso (HTTP 401): accedi di nuovo con l&apos;autenticazione a più fattori, come utente di questo tenant partner.</translation>
    </message>
    <message>
        <source>Partner Center refused this user (HTTP 403): a Partner Center admin must give it the Admin agent role (Account settings, User management), then sign in again.</source>
        <translation>Il Centro per i partner ha rifiutato questo utente (HTTP 403): un amministratore del Centro per i partner deve assegnargli il ruolo Agente amministratore (Impostazioni account, Gestione utenti), poi accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>om::secrets::SignInSession</name>
    <message>
        <source>Signed in to Partner Center.</source>
        <translation>Accesso al Centro per i partner eseguito.</translation>
    </message>
    <message>
        <source>Signed in for this session only: %1</source>
        <translation>Accesso eseguito solo per questa sessione: %1</translation>
    </message>
</context>
</TS>
