// The shapes the services answer with, as far as the web app reads them.

export interface Session {
  signedIn: boolean;
  id?: string;
  name?: string;
  email?: string;
  roles: string[];
  organisation?: string;
}

export interface ReferenceLists {
  professions: string[];
  regions: string[];
  trainingLevels: string[];
  organisationKinds: string[];
  maxTopics: number;
  maxTopicLength: number;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  region: string;
  nominators: { subject: string; email: string }[];
  registeredAt: string;
}

export interface Round {
  id: string;
  name: string;
  opensAt: string;
  closesAt: string;
  quota: number;
  status: 'upcoming' | 'open' | 'closed';
}

export interface Quota {
  quota: number;
  taken: number;
  left: number;
}

export interface Candidate {
  name: string;
  email: string;
  profession: string;
  region: string;
  topics: string[];
}

export interface Nomination {
  id: string;
  roundId: string;
  organisationId: string;
  candidate: Candidate;
  statement: string;
  status: 'submitted' | 'withdrawn' | 'admitted' | 'declined';
  submittedAt: string;
  decision?: { outcome: string; reason: string; decidedAt: string };
}

export interface ListedMember {
  id: string;
  name: string;
  profession: string;
  region: string;
  organisation?: string;
  topics: string[];
  skills: string[];
  trainingLevel: string;
  openToMentoring: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface DirectoryPage {
  items: ListedMember[];
  page: number;
  size: number;
  total: number;
  facets: { topic: FacetValue[]; region: FacetValue[]; profession: FacetValue[] };
}

export interface Member extends ListedMember {
  email?: string;
  bio?: string;
  visibility: 'listed' | 'hidden';
  admittedAt: string;
}

export interface Connection {
  id: string;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'removed';
  direction: 'incoming' | 'outgoing';
  peer: { id: string; name: string };
  requestedAt: string;
  respondedAt?: string;
}

export interface Notification {
  id: string;
  category: string;
  title: string;
  body: string;
  link?: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationPage {
  items: Notification[];
  nextCursor?: string;
}

export interface EventItem {
  id: string;
  seriesId?: string;
  title: string;
  kind: string;
  summary: string;
  description?: string;
  descriptionHtml?: string;
  start: string;
  end: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venue?: string;
  online: boolean;
  onlineLink?: string;
  capacity?: number;
  seatsTaken: number;
  seatsLeft?: number;
  waitlistLength: number;
  topics: string[];
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  status: 'draft' | 'published' | 'cancelled' | 'completed';
  cancelReason?: string;
  organiserId: string;
  yourRegistration?: { id: string; status: string; position?: number };
}

export interface EventPage {
  items: EventItem[];
  page: number;
  size: number;
  total: number;
}

export interface Attendee {
  memberId: string;
  name: string;
  email?: string;
  status: string;
  position?: number;
  attended?: boolean;
  registeredAt: string;
}

export interface AttendeeList {
  confirmed: Attendee[];
  waitlist: Attendee[];
}

export interface Project {
  id: string;
  title: string;
  aim: string;
  topics: string[];
  organisation?: string;
  visibility: 'public' | 'members' | 'team';
  status: string;
  lead: { id: string; name: string };
  team: { id: string; name: string; role: string }[];
  followers: number;
  following: boolean;
  askedToJoin: boolean;
  yourAccess: 'none' | 'read' | 'team' | 'lead';
  joinRequests: { memberId: string; name: string; message?: string; requestedAt: string }[];
  createdAt: string;
}

/** Whether the caller is on the project's team (the lead is too): what the service lets the team change. */
export function isOnTeam(project?: Project): boolean {
  return project?.yourAccess === 'team' || project?.yourAccess === 'lead';
}

export interface ProjectPage {
  items: Project[];
  page: number;
  size: number;
  total: number;
}

export interface Measure {
  id: string;
  projectId: string;
  name: string;
  definition: string;
  unit?: string;
  kind: string;
  improvement: string;
  chartType: string;
  rules: string[];
  goal?: number;
  baselinePoints?: number;
  points: number;
  firstPeriod?: string;
  lastPeriod?: string;
}

export interface Analysis {
  measureId: string;
  name: string;
  unit?: string;
  chartType: string;
  improvement: string;
  centre?: number;
  goal?: number;
  points: { period: string; value: number; numerator?: number; denominator?: number; signals: string[] }[];
  signals: { id: string; rule: string; direction: string; firstPeriod: string; lastPeriod: string; periods: string[] }[];
  cycles: { id: string; title: string; startsOn: string; endsOn: string; decision?: string; completed: boolean; periods: string[] }[];
}

export type CycleStage = 'do' | 'study' | 'act';

/** A PDSA cycle: the plan it was created with, then do, study and act as recorded. */
export interface PdsaCycle {
  id: string;
  projectId: string;
  title: string;
  change: string;
  prediction: string;
  measureIds: string[];
  startsOn: string;
  status: 'planned' | 'in-progress' | 'completed';
  nextStage?: CycleStage;
  done?: { on: string; notes?: string };
  studied?: { on: string; notes?: string };
  acted?: { on: string; notes?: string };
  decision?: 'adopt' | 'adapt' | 'abandon';
  createdAt: string;
}
