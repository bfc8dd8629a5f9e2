import { DOCUMENT_SENTENCES } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { nodeName } from "../messages";

/** `combined-role`: one node holds both roles, which the document describes as two different jobs. */
export function findCombinedRoles(context: AnalysisContext): Finding[] {
  const { lang } = context;
  return context.roles.combined.map((id) => {
    const name = nodeName(context.nodesById.get(id), lang);
    const message =
      lang === "it"
        ? `${name} è sia CIO sia CTO. Il documento li descrive come due posizioni diverse: questa persona deve bilanciare l'organizzazione interna (infrastruttura, operazioni IT, utenti, efficienza) con i prodotti e i clienti esterni (architettura, ingegneria, portafoglio prodotti).`
        : `${name} is both CIO and CTO. The document describes two different positions: this person must balance the internal organisation (infrastructure, IT operations, users, efficiency) with the products and the customers outside (architecture, engineering, product portfolio).`;
    return makeFinding("combined-role", { nodes: [id], message, source: DOCUMENT_SENTENCES.twoPositions });
  });
}
