-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChartChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chartId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorId" TEXT,
    "ops" TEXT NOT NULL,
    "clientId" TEXT,
    "seq" INTEGER,
    "results" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChartChange_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "Chart" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChartChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChartChange" ("actorId", "chartId", "createdAt", "id", "ops", "version") SELECT "actorId", "chartId", "createdAt", "id", "ops", "version" FROM "ChartChange";
DROP TABLE "ChartChange";
ALTER TABLE "new_ChartChange" RENAME TO "ChartChange";
CREATE UNIQUE INDEX "ChartChange_chartId_version_key" ON "ChartChange"("chartId", "version");
CREATE UNIQUE INDEX "ChartChange_chartId_clientId_seq_key" ON "ChartChange"("chartId", "clientId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

