sitrepSearchData("terms/x-d181d0bfd0b5",{"спеціальних":"EKF12"});
