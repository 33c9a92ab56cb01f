-- 017: the shared pool's leads counted in "N leads wait for calling hours" (a desk on the server says what a
-- desk on its own file says). Row-level security shows an agent a pool lead only while the agent holds its
-- claim (002), so the desk's count of the leads that wait for calling hours (storage/jdbc/JdbcWaitingLeads)
-- saw none of the pool: on a floor whose DB is all pool, a desk said "No lead to call now" before the
-- centre's hours opened, where it should say how many leads wait and when calling opens.
--
-- dialdesk_pool_waiting counts the pool's leads a claim would hand out if calling hours allowed it: new
-- leads, and retries due by p_now_ms (the desk's time, as its own leads are counted), that no desk holds by
-- a running lease (the server's time, as claims are). A count only, nothing of the leads themselves, for the
-- login of any agent of the centre (0 for any other login).
CREATE FUNCTION dialdesk_pool_waiting(p_now_ms bigint) RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    server_ms bigint := dialdesk_now_ms();
BEGIN
    IF dialdesk_agent() IS NULL THEN
        RETURN 0;
    END IF;
    RETURN (SELECT count(*) FROM lead l
             WHERE l.agent_id IS NULL AND l.status = 'NEW' AND l.next_eligible_at IS NULL
               AND (l.claimed_by IS NULL OR l.claim_until <= server_ms))
         + (SELECT count(*) FROM lead l
             WHERE l.agent_id IS NULL AND l.next_eligible_at IS NOT NULL AND l.next_eligible_at <= p_now_ms
               AND l.status <> 'NEW' AND (l.claimed_by IS NULL OR l.claim_until <= server_ms));
END
$$;

REVOKE EXECUTE ON FUNCTION dialdesk_pool_waiting(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dialdesk_pool_waiting(bigint) TO dialdesk_agent, dialdesk_lead;
