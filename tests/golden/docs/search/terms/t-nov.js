sitrepSearchData("terms/t-nov",{"november":"RPzi8","novopavlivka":"HKJ96CCTv8","novopavlovka":"HKJ96"});
