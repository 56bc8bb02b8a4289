-- The wrk script of bench/intake (see bench/README.md), run by IntakeLoad:
--   wrk -s bench/lib/intake.lua URL -- BODIES API-KEY KEY-PREFIX IDS-PREFIX
-- Each thread POSTs the request bodies of the file BODIES (one JSON a line, cycling) to
-- /api/requests with its own Idempotency-Key (KEY-PREFIX, the thread's number, a counter), writes
-- the id of every 201 to the file IDS-PREFIX-<thread>.ids, and counts the statuses and the 201s of
-- every wall-clock second. done() prints all threads' results as lines "intake WHAT NAME VALUE".

local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

-- The thread's results, global so that done() can fetch them with thread:get.
statuses, seconds, samples = {}, {}, {}

local bodies = {} -- the request bodies, one JSON each
local head -- a request up to the counter in its Idempotency-Key
local at, sent = 0, 0 -- the last body sent, and how many requests
local ids -- the file for the ids of the 201s

function init(args)
  for body in io.lines(args[1]) do
    bodies[#bodies + 1] = body
  end
  assert(#bodies > 0, "no request bodies in " .. args[1])
  head = "POST /api/requests HTTP/1.1\r\nHost: " .. wrk.headers["Host"] .. "\r\nContent-Type: application/json\r\n"
    .. "X-Api-Key: " .. args[2] .. "\r\nIdempotency-Key: " .. args[3] .. number .. "-"
  ids = assert(io.open(args[4] .. "-" .. number .. ".ids", "w"))
  at = number * 7919 % #bodies -- so that the threads do not send the same bodies together
end

function request()
  at = at % #bodies + 1
  sent = sent + 1
  local body = bodies[at]
  return head .. sent .. "\r\nContent-Length: " .. #body .. "\r\n\r\n" .. body
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    ids:write(body:match('"id":(%d+)') or error("a 201 without an id: " .. body), "\n")
    local second = os.time()
    seconds[second] = (seconds[second] or 0) + 1
  elseif samples[status] == nil then
    samples[status] = body
  end
end

local function add(into, counts)
  for key, count in pairs(counts) do
    into[key] = (into[key] or 0) + count
  end
end

local function sorted_keys(t)
  local keys = {}
  for key in pairs(t) do
    keys[#keys + 1] = key
  end
  table.sort(keys)
  return keys
end

-- The ids files are flushed when wrk exits (its C library flushes open files at exit).
function done(summary, latency, requests)
  local all_statuses, all_seconds, all_samples = {}, {}, {}
  for _, thread in ipairs(threads) do
    add(all_statuses, thread:get("statuses"))
    add(all_seconds, thread:get("seconds"))
    for status, body in pairs(thread:get("samples")) do
      all_samples[status] = all_samples[status] or body
    end
  end
  for _, p in ipairs({ 50, 90, 99, 99.9 }) do
    print(string.format("intake latency p%s %d", p, latency:percentile(p)))
  end
  print(string.format("intake latency max %d", latency.max))
  print(string.format("intake latency mean %.1f", latency.mean))
  print(string.format("intake total requests %d", summary.requests))
  print(string.format("intake total duration %d", summary.duration))
  for _, kind in ipairs({ "connect", "read", "write", "timeout" }) do
    print(string.format("intake error %s %d", kind, summary.errors[kind]))
  end
  for _, status in ipairs(sorted_keys(all_statuses)) do
    print(string.format("intake status %d %d", status, all_statuses[status]))
  end
  for _, second in ipairs(sorted_keys(all_seconds)) do
    print(string.format("intake second %d %d", second, all_seconds[second]))
  end
  for _, status in ipairs(sorted_keys(all_samples)) do
    print(string.format("intake sample %d %s", status, (all_samples[status]:gsub("%s+", " "))))
  end
end
