-- Neovim's built-in LSP client against dpia-language-server, headless (Neovim 0.7 or later):
--   DPIA_SERVER=dist/server.js DPIA_FIXTURE=file.dpia.md DPIA_OUT=out.json \
--   DPIA_REQUESTS='{"hover":{"line":..,"character":..},"completion":{...}}' nvim --headless -u NONE -c 'luafile test/server/nvim-client.lua'
-- Opens the fixture, waits for the server's diagnostics, asks for a hover and completions, and
-- writes what Neovim received to DPIA_OUT as JSON (or {"error": ...}), then quits.
local function finish(result)
  local f = assert(io.open(os.getenv('DPIA_OUT'), 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local fixture = os.getenv('DPIA_FIXTURE')
  local requests = vim.fn.json_decode(os.getenv('DPIA_REQUESTS'))
  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown'
  local id = vim.lsp.start_client({
    name = 'dpia',
    cmd = { os.getenv('DPIA_NODE') or 'node', os.getenv('DPIA_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(fixture, ':p:h'),
    init_options = { debounceMs = 0 },
  })
  assert(id, 'the server did not start')
  vim.lsp.buf_attach_client(buf, id)
  local got = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local result = { diagnostics = {}, waited = got }
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or d.code
    table.insert(result.diagnostics, { line = d.lnum, character = d.col, severity = d.severity, message = d.message, code = code, source = d.source })
  end
  local client = vim.lsp.get_client_by_id(id)
  local uri = vim.uri_from_bufnr(buf)
  local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = requests.hover }, 20000, buf)
  result.hover = hover and hover.result or vim.NIL
  local completion = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = requests.completion }, 20000, buf)
  local items = completion and completion.result or {}
  if items.items then items = items.items end
  result.completion = {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
  client.stop()
  finish(result)
end)
if not ok then finish({ error = tostring(err) }) end
