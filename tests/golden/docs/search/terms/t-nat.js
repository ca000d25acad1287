sitrepSearchData("terms/t-nat",{"national":"Cx_uaLNzk8ywZ0a","nato":"x-Cf8OEG46xIOv8"});
