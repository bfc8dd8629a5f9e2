-- AlterTable
ALTER TABLE "Chart" ADD COLUMN     "deletedAt" TIMESTAMP(3);

