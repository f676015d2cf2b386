import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * Two probe sets written fresh and scored before any fix (libs/moderation/data/labelled.probe-chat
 * and labelled.probe-oblique): lines typed into a live chat at night, and posts that never say
 * suicide, kill or die. Each crisis line stands beside everyday twins that share its words.
 */
describe('probe set: chat lines at night', () => {
  it.each<[string, string[]]>([
    ['if i dont reply tmrw u know why', ['if i dont reply tmrw im at the festival no signal']],
    ['no one would care if i just vanished', ['no one would care if i just left the group chat lol']],
    ['whats even the point of me anymore', ['whats even the point of this side quest']],
    ['i dont wanna wake up tmrw or ever', ['i dont wanna wake up tmrw for that 8am']],
    ['everyones asleep and im sitting here with a blade', ['everyones asleep and im sitting here with a bag of crisps']],
    ['thinking abt the bridge near my place again', ['thinking abt the bakery near my place again']],
    ['sorry for being such a burden to all of u', ['sorry for being so late to the call guys']],
    ['been planning how to do it for weeks', ['been planning how to do the surprise party for weeks']],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string]>([
    ['cant keep going like this fr need coffee', 'cant keep going like this fr i just want it to stop'],
    ['im done trying to get this achievement this is it for me', 'im so done trying'],
    ['idk how much longer i can hold this plank tbh', 'idk how much longer i can hold on tbh'],
    ['just want to go to sleep and not wake up till noon', 'just want to go to sleep and not wake up'],
    ['my family would be fine without me at christmas im working', 'my family would be fine without me honestly'],
    ['wont be around much longer my bus is here', 'wont be around much longer dw about it'],
  ])('everyday "%s" is not a crisis, while "%s" still is', (everyday, crisis) => {
    expect(crisisOf(everyday)).toBe(false);
    expect(crisisOf(crisis)).toBe(true);
  });
});

describe('probe set: oblique posts', () => {
  it.each<[string, string[]]>([
    ['Cancelled my gym membership and my phone contract. Won\'t be needing either of them after next week.', [
      'Cancelled my gym membership and my phone contract. Moving to Spain next week, won\'t be needing either of them.',
    ]],
    ['Spent last night reading about how long it takes to lose consciousness in cold water.', [
      'Spent last night reading about how long it takes to get used to cold water swimming.',
    ]],
    ['I hope this is the last winter I ever have to get through.', ['I hope this is the last winter I ever have to get through in this draughty flat.']],
    ['I\'ve stopped taking my meds and I\'m keeping them instead. I\'ll need all of them soon.', [
      'The pharmacist said I can keep the leftover antibiotics? I thought you had to hand them back.',
    ]],
    ['Tell mum I\'m sorry and that none of it was her fault.', ['Tell mum I\'m sorry I missed her call, I\'ll ring her tomorrow.']],
    ['I\'ve made peace with my decision. I just need to pick the day.', [
      'I\'ve made peace with my decision to leave the band. I just need to pick the day to tell them.',
    ]],
    ['Paid off my debts and cancelled all my subscriptions. Tying up loose ends before I go for good.', [
      'Paid off my debts and cancelled all my subscriptions. Tying up loose ends before I go travelling for a year.',
    ]],
    ['Deleted all my photos and emptied my inbox. Don\'t want anyone going through my things afterwards.', [
      'Deleted all my photos from the cloud and emptied my inbox. Digital detox month starts today.',
    ]],
    ['Looked up whether the multi-storey car park in town has barriers on the top floor.', [
      'Looked up whether the multi-storey car park in town has height barriers, our van is tall.',
    ]],
    ['My therapist asked about next month\'s appointment and I just smiled. There won\'t be a next month for me.', [
      'My therapist asked about next month\'s appointment and I said I\'m doing well enough to skip it.',
    ]],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it('letters written for an occasion are not a goodbye; letters left for when they are needed are', () => {
    expect(crisisOf('Finally wrote letters to each of my kids for the time capsule. They open them in ten years.')).toBe(false);
    expect(crisisOf('Finally wrote letters to each of my kids. They\'re in the desk drawer for when they need them.')).toBe(true);
  });
});
