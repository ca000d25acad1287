sitrepSearchData("terms/x-d0b3d0b0d0b7",{"газ":"VEKd2"});
