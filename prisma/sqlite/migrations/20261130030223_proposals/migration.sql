-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Chart" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "originId" TEXT,
    "originVersion" INTEGER,
    "proposalBase" TEXT,
    "proposalState" TEXT,
    "privateToId" TEXT,
    "proposalClosedAt" DATETIME,
    CONSTRAINT "Chart_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Chart" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Chart_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Chart" ("createdAt", "deletedAt", "id", "name", "orgId", "updatedAt", "version") SELECT "createdAt", "deletedAt", "id", "name", "orgId", "updatedAt", "version" FROM "Chart";
DROP TABLE "Chart";
ALTER TABLE "new_Chart" RENAME TO "Chart";
CREATE INDEX "Chart_orgId_idx" ON "Chart"("orgId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

