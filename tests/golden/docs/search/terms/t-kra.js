sitrepSearchData("terms/t-kra",{"krasnoarmeisk":"yQ-r6","krasnoarmeysk":"yQ-r6","krasnoarmiisk":"yQ-r6","krasnoarmiysk":"yQ-r6"});
