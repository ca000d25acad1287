sitrepSearchData("terms/t-fig",{"fighters":"WFZl2","fighting":"DAP18GMO7gyYS58xxE58ExW28"});
