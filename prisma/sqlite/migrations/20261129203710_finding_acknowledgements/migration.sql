-- CreateTable
CREATE TABLE "FindingAcknowledgement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chartId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "duty" TEXT,
    "nodes" TEXT NOT NULL,
    "responsibilityId" TEXT,
    "role" TEXT,
    "reason" TEXT NOT NULL,
    "byName" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FindingAcknowledgement_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "Chart" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FindingAcknowledgement_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FindingAcknowledgement_chartId_key_key" ON "FindingAcknowledgement"("chartId", "key");

