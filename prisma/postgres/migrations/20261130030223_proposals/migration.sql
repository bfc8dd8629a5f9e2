-- AlterTable
ALTER TABLE "Chart" ADD COLUMN     "originId" TEXT,
ADD COLUMN     "originVersion" INTEGER,
ADD COLUMN     "privateToId" TEXT,
ADD COLUMN     "proposalBase" TEXT,
ADD COLUMN     "proposalClosedAt" TIMESTAMP(3),
ADD COLUMN     "proposalState" TEXT;

-- AddForeignKey
ALTER TABLE "Chart" ADD CONSTRAINT "Chart_originId_fkey" FOREIGN KEY ("originId") REFERENCES "Chart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

