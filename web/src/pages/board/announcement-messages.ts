/**
 * The words of the announcements (村务公开) as the door page and the notice board show them (one
 * list, AnnouncementList.vue, on both pages): Chinese first, English second.
 */
export const announcementMessages = {
  'zh-CN': {
    announcements: {
      title: '村务公开',
      from: '{region} 发布',
      dates: '{from} 至 {until}',
      untilToday: '今天是最后一天',
      expand: '展开全文',
      collapse: '收起',
      more: '还有 {n} 条公告',
      fewer: '只看前 {n} 条',
      photo: '第 {n} 张照片，点一下看大图',
      fullOnPhone: '全文请用手机扫左下角二维码查看',
    },
  },
  en: {
    announcements: {
      title: 'Village announcements',
      from: 'From {region}',
      dates: '{from} to {until}',
      untilToday: 'Last day today',
      expand: 'Read all',
      collapse: 'Show less',
      more: '{n} more announcement | {n} more announcements',
      fewer: 'Only the first {n}',
      photo: 'Photo {n}: tap to enlarge',
      fullOnPhone: 'Scan the QR code at the bottom left to read it all on a phone',
    },
  },
};
