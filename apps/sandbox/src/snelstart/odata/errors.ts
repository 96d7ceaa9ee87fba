// Two kinds of query failure, answered with different bodies (notes §2.3 and §3.1):
// a filter that does not parse is SnelStart's `ALG-0104` ("Ongeldig OData filter"); a filter that
// parses but names an unknown property or mixes types is ASP.NET's own `{"message": …}` 400
// (🟡 FAKE: "Could not find a property named 'X' on type '…RelatieModel'.").

export class ODataSyntaxError extends Error {
  override readonly name = 'ODataSyntaxError';
}

export class ODataQueryError extends Error {
  override readonly name = 'ODataQueryError';
}
