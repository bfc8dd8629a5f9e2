-- CreateTable
CREATE TABLE "ChartVersion" (
    "id" TEXT NOT NULL,
    "chartId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChartVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChartVersion_chartId_createdAt_idx" ON "ChartVersion"("chartId", "createdAt");

-- AddForeignKey
ALTER TABLE "ChartVersion" ADD CONSTRAINT "ChartVersion_chartId_fkey" FOREIGN KEY ("chartId") REFERENCES "Chart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChartVersion" ADD CONSTRAINT "ChartVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

