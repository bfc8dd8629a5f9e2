-- AlterTable
ALTER TABLE "ChartChange" ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "results" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "seq" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "ChartChange_chartId_clientId_seq_key" ON "ChartChange"("chartId", "clientId", "seq");

