-- PostgreSQL: a pool lead whose outcome needs a follow-up by the agent who took it (a callback booked,
-- 예약콜; a contract, 청약) becomes that agent's own lead when the claim is given back, so that the booking
-- or the contract entry that follows the outcome, and the callback itself later, are the agent's (row-level
-- security lets an agent write callbacks and contracts only on a lead the agent can see; callbacks stay
-- owner-only). Every other outcome gives the lead back to the pool, as before. Which outcomes those are
-- comes from the centre's dispositions (retry 'BOOKED' or a sale), not from a list in this file.
CREATE OR REPLACE FUNCTION dialdesk_release_claim(p_lead bigint) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    UPDATE lead SET agent_id = claimed_by
     WHERE id = p_lead AND claimed_by = dialdesk_agent() AND agent_id IS NULL
       AND EXISTS (SELECT 1 FROM disposition d
                    WHERE d.code = lead.last_disposition AND (d.retry = 'BOOKED' OR d.sale = 1));
    UPDATE lead SET claimed_by = NULL, claim_until = NULL WHERE id = p_lead AND claimed_by = dialdesk_agent();
    RETURN FOUND;
END
$$;
