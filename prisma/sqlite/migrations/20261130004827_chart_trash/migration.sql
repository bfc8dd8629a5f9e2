-- AlterTable
ALTER TABLE "Chart" ADD COLUMN "deletedAt" DATETIME;

