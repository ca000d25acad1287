sitrepSearchData("terms/t-bat",{"battalion":"RPzi8","battalions":"RPzi8","battle":"HGRk8zWApaCKF5gBJOig","battlefield":"RPzio","battlefront":"RPzi8"});
