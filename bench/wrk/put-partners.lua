-- For bench/run's write scenario: PUTs partners <slug prefix>1 .. <slug prefix><count>, which the
-- run created first, with a body whose participants alternate between 0 and 1.
-- Each wrk thread writes its own partners (thread t of T: numbers t+1, t+1+T, ...) in turn: the API
-- answers 409 to two writes of one partner that race (optimistic locking), so the run gives each
-- thread many more partners than it has connections, and no two requests in flight share one.
-- Like status.lua it counts every answer that is not the expected status (200).
-- Usage: wrk ... -H 'Authorization: Bearer ...' -s bench/wrk/put-partners.lua URL -- \
--          200 /api/v1/partners/ bench-write- <count> <wrk threads>

local threads = {}
local created = 0

function setup(thread)
   thread:set("tid", created)
   created = created + 1
   table.insert(threads, thread)
end

-- The body bench/run also sends (bench/run's partner_body): keep the two alike.
function partner_body(slug, participants)
   return string.format('{"slug":"%s","country":"EE","role":"partner","kind":"city",'
      .. '"name":{"en":"Bench partner %s","et":"Bench partner %s"},'
      .. '"coordinates":{"latitude":58.378,"longitude":26.729},"participants":%d}',
      slug, slug, slug, participants)
end

function init(args)
   expected = tonumber(args[1])
   local prefix, slug_prefix = args[2], args[3]
   local count, nthreads = tonumber(args[4]), tonumber(args[5])
   -- wrk.format takes the headers of the request as a whole: keep those of the command line (-H)
   local headers = { ["Content-Type"] = "application/json" }
   for name, value in pairs(wrk.headers) do
      headers[name] = value
   end
   requests = {}
   for n = tid + 1, count, nthreads do
      local slug = slug_prefix .. n
      for participants = 0, 1 do
         table.insert(requests, wrk.format("PUT", prefix .. slug,
            headers, partner_body(slug, participants)))
      end
   end
   -- requests alternate: partner a (0), a (1), b (0), ... would write a twice in a row; interleave
   -- so that consecutive requests go to different partners: a0 b0 c0 ... a1 b1 c1 ...
   local ordered = {}
   for parity = 1, 2 do
      for i = parity, #requests, 2 do
         table.insert(ordered, requests[i])
      end
   end
   requests = ordered
   k = 0
   unexpected = 0
   seen = ""
end

function request()
   k = k + 1
   return requests[(k - 1) % #requests + 1]
end

function response(status, headers, body)
   if status ~= expected then
      unexpected = unexpected + 1
      seen = tostring(status)
   end
end

function done(summary, latency, requests)
   local total, statuses = 0, {}
   for _, thread in ipairs(threads) do
      local n = thread:get("unexpected")
      total = total + n
      if n > 0 then
         table.insert(statuses, thread:get("seen"))
      end
   end
   io.write(string.format("Unexpected statuses: %d %s\n", total, table.concat(statuses, ",")))
end
