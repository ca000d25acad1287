sitrepSearchData("terms/t-nov",{"november":"FFSl8","novopavlivka":"HKJ96EJWt8","novopavlovka":"HKJ96"});
