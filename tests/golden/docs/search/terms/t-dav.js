sitrepSearchData("terms/t-dav",{"david":"AA92GyMb8PKF02","davis":"RPzix8DBRl6","davos":"QJ_ja"});
