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
  maxTopics: number;
  maxTopicLength: number;
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
