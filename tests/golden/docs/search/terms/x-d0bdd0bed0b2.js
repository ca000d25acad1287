sitrepSearchData("terms/x-d0bdd0bed0b2",{"новопавловка":"HKJ96","новопавлівка":"HKJ96"});
