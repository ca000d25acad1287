sitrepSearchData("terms/x-d0bed0bfd0b5",{"операціи":"EKF12"});
