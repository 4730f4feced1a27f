-- For bench/run: wrk itself counts only answers that are not 2xx or 3xx, so a 200 where a 304 is
-- expected would pass unseen. This counts every answer whose status is not the expected one
-- (the first script argument) and prints "Unexpected statuses: N [statuses]" at the end.
-- Usage: wrk ... -s bench/wrk/status.lua URL -- 304

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   expected = tonumber(args[1])
   unexpected = 0
   seen = ""
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
