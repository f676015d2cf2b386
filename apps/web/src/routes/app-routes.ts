import type { ComponentType } from 'react';
import { CATEGORY_PATH_PATTERN, NEW_THREAD_PATH, SEARCH_PATH, THREAD_PATH_PATTERN } from '../features/forum/forum-paths';
import { AccountRoute } from './account.route';
import { CategoryRoute } from './category.route';
import { HelpRoute } from './help.route';
import { HomeRoute } from './home.route';
import { CHAT_PATH, CHAT_ROOM_PATH_PATTERN } from '../features/chat/chat-paths';
import { ChatRoomRoute } from './chat-room.route';
import { ChatRoute } from './chat.route';
import { AdminEscalationsRoute } from './admin-escalations.route';
import { AdminQueuesRoute } from './admin-queues.route';
import { matchRoute } from './match-route';
import { PartnerRoute } from './partner.route';
import { ModAuditRoute } from './mod-audit.route';
import { ModItemRoute } from './mod-item.route';
import { ModMemberRoute } from './mod-member.route';
import { ModRoute } from './mod.route';
import { MOD_AUDIT_PATH, MOD_ITEM_PATH_PATTERN, MOD_MEMBER_PATH_PATTERN, MOD_PATH } from '../features/moderation/mod-paths';
import { NewThreadRoute } from './new-thread.route';
import { NotFoundRoute } from './not-found.route';
import { SearchRoute } from './search.route';
import { ACCOUNT_PATH, HELP_PATH, HOME_PATH, PARTNER_PATH, REPLIES_PATH, SAFETY_PLAN_PATH, SIGN_IN_PATH, WELCOME_PATH } from './route-paths';
import { RepliesRoute } from './replies.route';
import { SafetyPlanRoute } from './safety-plan.route';
import { SignInRoute } from './sign-in.route';
import { ThreadRoute } from './thread.route';
import { WelcomeRoute } from './welcome.route';

export interface AppRoute {
  path: string;
  /** Page title, shown in the tab and announced by screen readers. */
  title: string;
  component: ComponentType;
  /**
   * A page made of what the api refuses crisis-line partners (the forum, a member's replies and
   * safety plan): a partner is taken to their portal instead, told why when they came by an
   * address rather than by Lantern's home.
   */
  partnerGoesToPortal?: { notice?: string };
}

/** Home, for a partner, is the portal: no word needed. */
const PARTNER_HOME = {};
const FORUM_FOR_MEMBERS = { notice: 'The forum is for members. Crisis-line partners see the cases handed to them here.' };
const PAGE_FOR_MEMBERS = { notice: 'That page is for members. Crisis-line partners see the cases handed to them here.' };

/**
 * The route table. Matching is a plain lookup for now; when a router library arrives, this
 * table becomes its configuration and the page components stay as they are.
 */
export const appRoutes: readonly AppRoute[] = [
  { path: HOME_PATH, title: 'Lantern', component: HomeRoute, partnerGoesToPortal: PARTNER_HOME },
  { path: HELP_PATH, title: 'Get help now', component: HelpRoute },
  { path: SAFETY_PLAN_PATH, title: 'My safety plan', component: SafetyPlanRoute, partnerGoesToPortal: PAGE_FOR_MEMBERS },
  { path: WELCOME_PATH, title: 'Join anonymously', component: WelcomeRoute },
  { path: SIGN_IN_PATH, title: 'Sign in', component: SignInRoute },
  { path: ACCOUNT_PATH, title: 'Your account', component: AccountRoute },
  { path: REPLIES_PATH, title: 'Replies to you', component: RepliesRoute, partnerGoesToPortal: PAGE_FOR_MEMBERS },
  { path: CATEGORY_PATH_PATTERN, title: 'Category', component: CategoryRoute, partnerGoesToPortal: FORUM_FOR_MEMBERS },
  { path: THREAD_PATH_PATTERN, title: 'Thread', component: ThreadRoute, partnerGoesToPortal: FORUM_FOR_MEMBERS },
  { path: SEARCH_PATH, title: 'Search', component: SearchRoute, partnerGoesToPortal: FORUM_FOR_MEMBERS },
  { path: NEW_THREAD_PATH, title: 'Start a thread', component: NewThreadRoute, partnerGoesToPortal: FORUM_FOR_MEMBERS },
  { path: CHAT_PATH, title: 'Chat rooms', component: ChatRoute },
  { path: CHAT_ROOM_PATH_PATTERN, title: 'Chat room', component: ChatRoomRoute },
  { path: PARTNER_PATH, title: 'Partner portal', component: PartnerRoute },
  { path: '/admin/escalations', title: 'Partner escalations', component: AdminEscalationsRoute },
  { path: '/admin/queues', title: 'Queues', component: AdminQueuesRoute },
  { path: MOD_PATH, title: 'Moderation queue', component: ModRoute },
  { path: MOD_AUDIT_PATH, title: 'Audit log', component: ModAuditRoute },
  { path: MOD_ITEM_PATH_PATTERN, title: 'Review item', component: ModItemRoute },
  { path: MOD_MEMBER_PATH_PATTERN, title: 'Member record', component: ModMemberRoute },
];

export const notFoundRoute: AppRoute = { path: '*', title: 'Page not found', component: NotFoundRoute };

export function routeForPath(pathname: string): AppRoute {
  return matchRoute(pathname, appRoutes, notFoundRoute);
}
