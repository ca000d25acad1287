sitrepSearchData("terms/t-fre",{"free":"NRB88","frequent":"GCQk8PKF08"});
