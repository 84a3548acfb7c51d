/** GraphQL operations the tests send through the gateway, as the consoles would. */
export const GUIDE = /* GraphQL */ `
  query Guide($centreId: ID!, $code: ID!) {
    guide(centreId: $centreId, itemCode: $code) {
      item {
        code version effectiveFrom
        department { id name }
        content {
          name kind handling legalBasis conditions statutoryDays promisedDays clockStoppingProcedures
          acceptingTiers decidingTier coDepartments
          steps { order name days }
          materials { name required condition form copies electronicAccepted blankForm sampleForm }
          fees { code name rule amountFen unit legalBasis }
          contacts { consultationPhone complaintPhone }
          appeal { reconsideration litigation }
        }
      }
      centre { id name address hours phone }
      windows { id number name }
      authority appointmentAvailable agentServiceAvailable escalated
      decidedAt { id name }
    }
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($centreId: ID!, $keyword: String, $first: Int, $after: String) {
    searchGuides(centreId: $centreId, keyword: $keyword, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { item { code content { name } department { id } } escalated }
    }
  }
`;

export const STATION = /* GraphQL */ `
  mutation Station($input: StationItemInput!) {
    stationItem(input: $input) {
      stationing { authority appointmentAvailable window { id } item { code } }
      errors { code message field }
    }
  }
`;

export const REGISTER_STAFF = /* GraphQL */ `
  mutation RegisterStaff($centreId: ID!, $input: RegisterStaffInput!) {
    registerStaff(centreId: $centreId, input: $input) { staff { id certified } errors { code message field } }
  }
`;

export const SAVE_MARKET_DRAFT = /* GraphQL */ `
  mutation($input: ItemDocumentInput!) { market { saveDraft(input: $input) { version { version status } errors { code field } } } }
`;
export const PUBLISH_MARKET = /* GraphQL */ `
  mutation($code: ID!) { market { publish(code: $code) { version { version status } errors { code field } } } }
`;
export const CANCEL_MARKET = /* GraphQL */ `
  mutation($code: ID!, $from: String!) { market { cancel(code: $code, effectiveFrom: $from, reason: "依法取消") { errors { code } } } }
`;

export const marketPublisher = { id: "pub-market-01", role: "CATALOGUE_PUBLISHER" as const, departmentId: "market" };
export const liangxiManager = { id: "mgr-320213", role: "CENTRE_MANAGER" as const, centreId: "320213" };
